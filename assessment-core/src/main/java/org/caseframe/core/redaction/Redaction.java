package org.caseframe.core.redaction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.caseframe.core.model.Audience;
import org.caseframe.core.model.Evidence;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.NarrativeMarking;
import org.caseframe.core.model.Narratives;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.model.Sanitised;

/**
 * The one redaction stage every view of a case goes through, for one audience. A view asks it for each piece of
 * evidence and narrative it would show; the stage hands back what the audience may see (the text, its sanitised
 * version, or a line saying what was withheld), and keeps the highest marking actually included, with the item that
 * set it, and a count of everything withheld by kind and marking. Views are built only from what it hands back, so a
 * template never sees withheld material.
 *
 * <p>One instance serves one view being built; it is not thread-safe. Call {@link #summary()} when the view is built.
 */
public final class Redaction {
    private static final String EVIDENCE = "evidence item";
    private static final String SANITISED = "|sanitised";

    private final Audience audience;
    private final Function<String, Optional<Evidence>> evidence;
    private ProtectiveMarking highest = ProtectiveMarking.OFFICIAL;
    private String reason = "includes nothing marked higher";
    private final Set<String> counted = new HashSet<>();
    private final Map<String, Map<NarrativeMarking, Integer>> withheld = new LinkedHashMap<>();
    private final Map<String, String> plural = new TreeMap<>();

    private Redaction(Audience audience, Function<String, Optional<Evidence>> evidence) {
        this.audience = Objects.requireNonNull(audience, "audience");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        plural.put(EVIDENCE, "evidence items");
    }

    /** A stage for {@code audience}, finding evidence with {@code evidence}. */
    public static Redaction forAudience(Audience audience, Function<String, Optional<Evidence>> evidence) {
        return new Redaction(audience, evidence);
    }

    /** What a view shows for one piece of narrative. */
    public record Shown(String text, boolean full, boolean withheld) {}

    /** The audience this stage redacts for. */
    public Audience audience() {
        return audience;
    }

    /** The evidence item if this audience may see it (it is then included); otherwise empty, and counted as withheld. */
    public Optional<Evidence> evidence(String id) {
        Optional<Evidence> e = evidence.apply(id);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        if (audience.maySee(e.get())) {
            include(e.get().marking(), "evidence " + id);
            return e;
        }
        withhold("evidence:" + id, EVIDENCE, NarrativeMarking.of(e.get()));
        return Optional.empty();
    }

    /**
     * The text to show for a piece of narrative: the text itself when this audience may read it, else its sanitised
     * version when there is one it may read, else a line saying what was withheld and at what marking.
     */
    public Shown text(Narratives.Text text) {
        if (text.marking().visibleTo(audience)) {
            include(text.marking().marking(), text.place());
            return new Shown(text.text(), true, false);
        }
        plural.putIfAbsent(text.kind().word(), text.kind().plural());
        Optional<Sanitised> sanitised = text.sanitised();
        if (sanitised.isPresent()) {
            NarrativeMarking m = new NarrativeMarking(
                    sanitised.get().marking(),
                    sanitised.get().handling().map(Set::of).orElse(Set.<HandlingRestriction>of()));
            if (m.visibleTo(audience)) {
                withhold(text.pointer(), text.kind().word() + SANITISED, text.marking());
                include(m.marking(), "the sanitised version of " + text.place());
                return new Shown(
                        sanitised.get().text() + " [sanitised version; decision-log record "
                                + sanitised.get().decision() + "]",
                        false,
                        false);
            }
        }
        withhold(text.pointer(), text.kind().word(), text.marking());
        return new Shown(
                "(" + text.kind().word() + " withheld: " + text.marking().describeWithheld() + ")", false, true);
    }

    /**
     * The text to show for narrative that may be absent: empty when there is none.
     *
     * @param text the narrative, if written
     */
    public Optional<String> text(Optional<Narratives.Text> text) {
        return text.map(t -> text(t).text());
    }

    /** Records that the view includes something else at {@code marking}, e.g. "ERG factor ratings". */
    public void include(ProtectiveMarking marking, String what) {
        if (!audience.clearance().covers(marking)) {
            throw new IllegalStateException(audience.name() + " may not see " + what + " (" + marking.label() + ")");
        }
        if (marking.compareTo(highest) > 0) {
            highest = marking;
            reason = "includes " + what;
        }
    }

    /**
     * Includes something other than evidence or narrative at {@code marking} if this audience is cleared for it, else
     * counts it as withheld under {@code kind}.
     *
     * @param what what it is, for the reason of the marking, e.g. "the behaviours of concern an assessment found"
     * @param kind the kind in words for a withheld note, singular
     * @return whether it may be shown
     */
    public boolean includeIfCleared(ProtectiveMarking marking, String what, String kind) {
        if (audience.clearance().covers(marking)) {
            include(marking, what);
            return true;
        }
        withhold(kind + ":" + what, kind, new NarrativeMarking(marking, Set.of()));
        return false;
    }

    /**
     * Includes material that carries its own marking and handling (such as a decision-log record) if this audience may
     * see it, else counts it as withheld under {@code kind}.
     *
     * @param what what it is, e.g. "decision-log record 4"
     * @param kind the kind in words for a withheld note, singular, e.g. "decision-log record"
     * @return whether it may be shown
     */
    public boolean includeIfVisible(org.caseframe.core.model.Marked material, String what, String kind) {
        if (audience.maySee(material)) {
            include(material.marking(), what);
            return true;
        }
        withhold(
                kind + ":" + what,
                kind,
                new NarrativeMarking(
                        material.marking(), material.handling().map(Set::of).orElse(Set.<HandlingRestriction>of())));
        return false;
    }

    private void withhold(String key, String kind, NarrativeMarking marking) {
        if (counted.add(key)) {
            withheld.computeIfAbsent(kind, k -> new TreeMap<>(Redaction::order)).merge(marking, 1, Integer::sum);
        }
    }

    private static int order(NarrativeMarking a, NarrativeMarking b) {
        int c = a.marking().compareTo(b.marking());
        return c != 0 ? c : a.describe().compareTo(b.describe());
    }

    /**
     * What the view came to: the banner marking, why, and a line for each kind and marking withheld, e.g. "1
     * rationale marked SECRET withheld (handling restriction: managers only)".
     *
     * @param marking the highest marking actually included, at least OFFICIAL
     * @param reason the item that set it, e.g. "includes evidence E5"
     * @param withheld one line per kind and marking withheld, evidence first
     */
    public record Summary(ProtectiveMarking marking, String reason, List<String> withheld) {
        public Summary {
            Objects.requireNonNull(marking, "marking");
            Objects.requireNonNull(reason, "reason");
            withheld = List.copyOf(withheld);
        }

        /** Whether anything was withheld. */
        public boolean withheldAny() {
            return !withheld.isEmpty();
        }

        /** "OFFICIAL-SENSITIVE because it includes evidence E1". */
        public String explained() {
            return marking.label() + " because it " + reason;
        }
    }

    /** The summary so far. */
    public Summary summary() {
        List<String> lines = new ArrayList<>();
        withheld.forEach((key, byMarking) -> byMarking.forEach((m, n) -> {
            boolean sanitised = key.endsWith(SANITISED);
            String kind = sanitised ? key.substring(0, key.length() - SANITISED.length()) : key;
            StringBuilder b = new StringBuilder()
                    .append(n)
                    .append(' ')
                    .append(n == 1 ? kind : plural.getOrDefault(kind, kind + "s"))
                    .append(" marked ")
                    .append(m.marking().label())
                    .append(sanitised ? " replaced by a sanitised version" : " withheld");
            String handling = m.describeWithheld();
            int open = handling.indexOf('(');
            if (open >= 0) {
                b.append(' ').append(handling.substring(open));
            }
            lines.add(b.toString());
        }));
        return new Summary(highest, reason, lines);
    }
}
