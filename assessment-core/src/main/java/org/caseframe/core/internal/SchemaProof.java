package org.caseframe.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fast proof that a document conforms to one of our JSON Schemas, compiled once from the schema. It answers only
 * "proven valid" or "not proven": a document it cannot prove goes to the schema library, which then finds and explains
 * every problem, so a reader's decisions and messages are the library's whatever this says. It is conservative: it
 * proves only what it is sure of (a number that is not a plain integer against {@code "integer"}, a string with a line
 * break against a pattern that ends in {@code $}, a date or date-time in any but the common form are all left to the
 * library), and a schema using any keyword it does not know is not compiled at all. The differential properties in
 * the tests hold it to the library over the fuzz generators. Not API.
 */
public final class SchemaProof {
    /** Whether a node conforms: proven, disproven, or not decided here. */
    private enum Verdict {
        VALID,
        INVALID,
        UNKNOWN;

        Verdict and(Verdict other) {
            if (this == INVALID || other == INVALID) {
                return INVALID;
            }
            return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : VALID;
        }
    }

    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "$schema", "$id", "$comment");
    private static final Set<String> FIELDS = Set.of("properties", "additionalProperties");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private final Rule root;

    private SchemaProof(Rule root) {
        this.root = root;
    }

    /** The proof for {@code schema}, or empty when it uses something this does not decide (every document then goes to the library). */
    public static Optional<SchemaProof> compile(JsonNode schema) {
        try {
            return Optional.of(new SchemaProof(new Compiler(schema).rule(schema)));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** True only when {@code document} certainly conforms to the schema. */
    public boolean proves(JsonNode document) {
        return root.check(document) == Verdict.VALID;
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** One schema object: every keyword's check, all of which must hold. */
    private interface Rule {
        Verdict check(JsonNode node);
    }

    private static final class Compiler {
        private final JsonNode root;
        private final Map<String, Rule> refs = new HashMap<>();

        Compiler(JsonNode root) {
            this.root = root;
        }

        Rule rule(JsonNode schema) {
            if (schema.isBoolean()) {
                Verdict fixed = schema.booleanValue() ? Verdict.VALID : Verdict.INVALID;
                return node -> fixed;
            }
            if (!schema.isObject()) {
                throw new Unsupported("schema is not an object");
            }
            List<Rule> rules = new ArrayList<>();
            if (schema.has("properties") || schema.has("additionalProperties")) {
                rules.add(fields(schema.path("properties"), schema.get("additionalProperties")));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> keyword = it.next();
                if (!ANNOTATIONS.contains(keyword.getKey()) && !FIELDS.contains(keyword.getKey())) {
                    rules.add(keyword(keyword.getKey(), keyword.getValue()));
                }
            }
            if (rules.size() == 1) {
                return rules.get(0);
            }
            Rule[] all = rules.toArray(Rule[]::new);
            return node -> {
                Verdict verdict = Verdict.VALID;
                for (Rule rule : all) {
                    verdict = verdict.and(rule.check(node));
                    if (verdict == Verdict.INVALID) {
                        return verdict;
                    }
                }
                return verdict;
            };
        }

        private Rule keyword(String name, JsonNode value) {
            switch (name) {
                case "$defs":
                    return node -> Verdict.VALID;
                case "$ref":
                    return ref(value.asText());
                case "type":
                    return type(value);
                case "enum":
                    return enumeration(value);
                case "pattern":
                    return pattern(value.asText());
                case "format":
                    return format(value.asText());
                case "maxLength": {
                    int max = count(value);
                    return node -> !node.isTextual() || codePoints(node) <= max ? Verdict.VALID : Verdict.INVALID;
                }
                case "minLength": {
                    int min = count(value);
                    return node -> !node.isTextual() || codePoints(node) >= min ? Verdict.VALID : Verdict.INVALID;
                }
                case "maxItems": {
                    int max = count(value);
                    return node -> !node.isArray() || node.size() <= max ? Verdict.VALID : Verdict.INVALID;
                }
                case "minItems": {
                    int min = count(value);
                    return node -> !node.isArray() || node.size() >= min ? Verdict.VALID : Verdict.INVALID;
                }
                case "maxProperties": {
                    int max = count(value);
                    return node -> !node.isObject() || node.size() <= max ? Verdict.VALID : Verdict.INVALID;
                }
                case "minProperties": {
                    int min = count(value);
                    return node -> !node.isObject() || node.size() >= min ? Verdict.VALID : Verdict.INVALID;
                }
                case "minimum":
                    return bound(value, true);
                case "maximum":
                    return bound(value, false);
                case "required":
                    return required(value);
                case "propertyNames":
                    return names(rule(value));
                case "items":
                    return items(rule(value));
                case "oneOf":
                    return oneOf(value);
                default:
                    throw new Unsupported("keyword " + name);
            }
        }

        private Rule ref(String ref) {
            if (!ref.startsWith("#/")) {
                throw new Unsupported("reference " + ref);
            }
            Rule known = refs.get(ref);
            if (known != null) {
                return known;
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new Unsupported("unresolved reference " + ref);
            }
            // Registered before compiling so that a recursive reference finds it.
            Rule[] compiled = new Rule[1];
            Rule lazy = node -> compiled[0].check(node);
            refs.put(ref, lazy);
            compiled[0] = rule(target);
            return lazy;
        }

        private static Rule type(JsonNode value) {
            List<String> types = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(t -> types.add(t.asText()));
            } else {
                types.add(value.asText());
            }
            return node -> {
                Verdict best = Verdict.INVALID;
                for (String type : types) {
                    Verdict one = typeOf(type, node);
                    if (one == Verdict.VALID) {
                        return one;
                    }
                    if (one == Verdict.UNKNOWN) {
                        best = one;
                    }
                }
                return best;
            };
        }

        private static Verdict typeOf(String type, JsonNode node) {
            boolean is = switch (type) {
                case "string" -> node.isTextual();
                case "object" -> node.isObject();
                case "array" -> node.isArray();
                case "boolean" -> node.isBoolean();
                case "null" -> node.isNull();
                case "number" -> node.isNumber();
                case "integer" -> node.isIntegralNumber();
                default -> throw new Unsupported("type " + type);
            };
            if (is) {
                return Verdict.VALID;
            }
            // A number such as 2.0 may count as an integer; the library decides.
            return type.equals("integer") && node.isNumber() ? Verdict.UNKNOWN : Verdict.INVALID;
        }

        private static Rule enumeration(JsonNode value) {
            Set<String> texts = new HashSet<>();
            for (JsonNode allowed : value) {
                if (!allowed.isTextual()) {
                    throw new Unsupported("enum of non-text values");
                }
                texts.add(allowed.textValue());
            }
            return node -> {
                if (node.isTextual()) {
                    return texts.contains(node.textValue()) ? Verdict.VALID : Verdict.INVALID;
                }
                return node.isContainerNode() || node.isNull() ? Verdict.INVALID : Verdict.UNKNOWN;
            };
        }

        private static Rule pattern(String regex) {
            if (regex.contains("\\p") || regex.contains("\\P")) {
                throw new Unsupported("character properties in a pattern");
            }
            if (regex.equals("\\S")) {
                // The commonest pattern (not blank), without a matcher: any character but Java's six whitespace ones.
                return node ->
                        !node.isTextual() || !javaWhitespaceOnly(node.textValue()) ? Verdict.VALID : Verdict.INVALID;
            }
            Optional<SimplePattern> simple = SimplePattern.of(regex);
            if (simple.isPresent()) {
                SimplePattern check = simple.get();
                return node -> {
                    if (!node.isTextual()) {
                        return Verdict.VALID;
                    }
                    String text = node.textValue();
                    if (hasLineBreak(text)) {
                        return Verdict.UNKNOWN;
                    }
                    return check.matches(text) ? Verdict.VALID : Verdict.INVALID;
                };
            }
            Pattern compiled = Pattern.compile(regex);
            boolean anchoredAtEnd = regex.contains("$");
            return node -> {
                if (!node.isTextual()) {
                    return Verdict.VALID;
                }
                String text = node.textValue();
                // Java's $ also matches before a final line break, the schema's does not: such text goes to the
                // library.
                if (anchoredAtEnd && hasLineBreak(text)) {
                    return Verdict.UNKNOWN;
                }
                return compiled.matcher(text).find() ? Verdict.VALID : Verdict.INVALID;
            };
        }

        private static Rule format(String format) {
            Pattern shape = switch (format) {
                case "date" -> DATE;
                case "date-time" -> DATE_TIME;
                default -> throw new Unsupported("format " + format);
            };
            boolean date = format.equals("date");
            return node -> {
                if (!node.isTextual()) {
                    return Verdict.VALID;
                }
                String text = node.textValue();
                if (!shape.matcher(text).matches()) {
                    return Verdict.UNKNOWN;
                }
                try {
                    if (date) {
                        LocalDate.parse(text);
                    } else {
                        OffsetDateTime.parse(text);
                    }
                    return Verdict.VALID;
                } catch (DateTimeParseException e) {
                    return Verdict.UNKNOWN;
                }
            };
        }

        private static Rule bound(JsonNode value, boolean minimum) {
            if (!value.isNumber()) {
                throw new Unsupported("bound is not a number");
            }
            BigDecimal limit = value.decimalValue();
            boolean integral = value.isIntegralNumber();
            return node -> {
                if (!node.isNumber()) {
                    return Verdict.VALID;
                }
                int sign = node.decimalValue().compareTo(limit);
                if (sign == 0 && !(integral && node.isIntegralNumber())) {
                    return Verdict.UNKNOWN; // equal only after conversion: the library decides
                }
                boolean within = minimum ? sign >= 0 : sign <= 0;
                return within ? Verdict.VALID : Verdict.INVALID;
            };
        }

        private static Rule required(JsonNode value) {
            String[] names = new String[value.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = value.get(i).asText();
            }
            return node -> {
                if (!node.isObject()) {
                    return Verdict.VALID;
                }
                for (String name : names) {
                    if (!node.has(name)) {
                        return Verdict.INVALID;
                    }
                }
                return Verdict.VALID;
            };
        }

        // "properties" and "additionalProperties" together: each field checked by its own rule or by the rule for
        // the others (none: any other field is allowed), in one pass over the object.
        private Rule fields(JsonNode properties, JsonNode additionalProperties) {
            Map<String, Rule> rules = new HashMap<>();
            properties.fields().forEachRemaining(e -> rules.put(e.getKey(), rule(e.getValue())));
            Rule others = additionalProperties == null ? null : rule(additionalProperties);
            return node -> {
                if (!node.isObject()) {
                    return Verdict.VALID;
                }
                Verdict verdict = Verdict.VALID;
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    Rule rule = rules.getOrDefault(field.getKey(), others);
                    if (rule != null) {
                        verdict = verdict.and(rule.check(field.getValue()));
                        if (verdict == Verdict.INVALID) {
                            return verdict;
                        }
                    }
                }
                return verdict;
            };
        }

        private static Rule names(Rule rule) {
            return node -> {
                if (!node.isObject()) {
                    return Verdict.VALID;
                }
                Verdict verdict = Verdict.VALID;
                for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                    verdict = verdict.and(rule.check(TextNode.valueOf(it.next())));
                    if (verdict == Verdict.INVALID) {
                        return verdict;
                    }
                }
                return verdict;
            };
        }

        private static Rule items(Rule rule) {
            return node -> {
                if (!node.isArray()) {
                    return Verdict.VALID;
                }
                Verdict verdict = Verdict.VALID;
                for (JsonNode item : node) {
                    verdict = verdict.and(rule.check(item));
                    if (verdict == Verdict.INVALID) {
                        return verdict;
                    }
                }
                return verdict;
            };
        }

        private Rule oneOf(JsonNode value) {
            List<Rule> branches = new ArrayList<>();
            value.forEach(branch -> branches.add(rule(branch)));
            return node -> {
                int valid = 0;
                for (Rule branch : branches) {
                    Verdict one = branch.check(node);
                    if (one == Verdict.UNKNOWN) {
                        return Verdict.UNKNOWN;
                    }
                    if (one == Verdict.VALID) {
                        valid++;
                    }
                }
                return valid == 1 ? Verdict.VALID : Verdict.INVALID;
            };
        }

        private static int count(JsonNode value) {
            if (!value.canConvertToExactIntegral() || !value.canConvertToInt() || value.intValue() < 0) {
                throw new Unsupported("count is not a small whole number");
            }
            return value.intValue();
        }
    }

    private static int codePoints(JsonNode node) {
        String text = node.textValue();
        return text.codePointCount(0, text.length());
    }

    /**
     * An identifier pattern of the one form our schemas use, {@code ^[FIRST][REST]{0,N}$} with ASCII character classes,
     * checked without a matcher: the first character in FIRST, up to N more in REST. Any other pattern is left to
     * {@link Pattern}; a test holds this to it. A text with a line break is never asked (Java's {@code $} also matches
     * before a final one): the proof leaves it to the library.
     */
    static final class SimplePattern {
        private static final Pattern FORM =
                Pattern.compile("\\^\\[([^\\]\\\\]+)\\]\\[([^\\]\\\\]+)\\]\\{0,(\\d{1,4})\\}\\$");
        private final boolean[] first;
        private final boolean[] rest;
        private final int more;

        private SimplePattern(boolean[] first, boolean[] rest, int more) {
            this.first = first;
            this.rest = rest;
            this.more = more;
        }

        static Optional<SimplePattern> of(String regex) {
            java.util.regex.Matcher m = FORM.matcher(regex);
            if (!m.matches()) {
                return Optional.empty();
            }
            boolean[] first = characterClass(m.group(1));
            boolean[] rest = characterClass(m.group(2));
            return first == null || rest == null
                    ? Optional.empty()
                    : Optional.of(new SimplePattern(first, rest, Integer.parseInt(m.group(3))));
        }

        // Characters and ranges (a-z); a '-' first or last stands for itself; anything else (escapes, '^', '[', '&',
        // non-ASCII) is not this form.
        private static boolean[] characterClass(String spec) {
            boolean[] in = new boolean[128];
            for (int i = 0; i < spec.length(); i++) {
                char c = spec.charAt(i);
                if (c >= 128 || c == '\\' || c == '[' || c == '^' || c == '&') {
                    return null;
                }
                if (i + 2 < spec.length() && spec.charAt(i + 1) == '-') {
                    char to = spec.charAt(i + 2);
                    if (to >= 128 || to < c || to == '\\' || to == '[' || to == '&') {
                        return null;
                    }
                    for (char x = c; x <= to; x++) {
                        in[x] = true;
                    }
                    i += 2;
                } else {
                    in[c] = true;
                }
            }
            return in;
        }

        boolean matches(String text) {
            int n = text.length();
            if (n == 0 || n > more + 1) {
                return false;
            }
            char c = text.charAt(0);
            if (c >= 128 || !first[c]) {
                return false;
            }
            for (int i = 1; i < n; i++) {
                c = text.charAt(i);
                if (c >= 128 || !rest[c]) {
                    return false;
                }
            }
            return true;
        }
    }

    // What \S finds nothing in: only space, tab, line feed, vertical tab, form feed and carriage return.
    private static boolean javaWhitespaceOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
