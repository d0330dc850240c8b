package org.caseframe.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every piece of narrative in a case, each with its marking worked out once: rationales, case-specific ("+") factors,
 * summary judgements, formulation sections, scenarios, check notes, contact purposes and adverse-event summaries.
 * Text in an assessment that cites no evidence of its own counts as written from all the evidence that assessment
 * cites, so a formulation written from SECRET material is SECRET until its author says what it rests on. Immutable.
 */
public final class Narratives {
    /** What a piece of narrative is, in words for a withheld note. */
    public enum Kind {
        RATIONALE("rationale", "rationales"),
        CASE_SPECIFIC_FACTOR("case-specific factor", "case-specific factors"),
        JUDGEMENT("judgement rationale", "judgement rationales"),
        FORMULATION("formulation section", "formulation sections"),
        SCENARIO("risk scenario", "risk scenarios"),
        CHECK_NOTE("check note", "check notes"),
        CONTACT_PURPOSE("contact purpose", "contact purposes"),
        EVENT_SUMMARY("event summary", "event summaries");

        private final String one;
        private final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }

        /** The kind in words, e.g. "rationale". */
        public String word() {
            return one;
        }

        /** The kind in words, plural, e.g. "rationales". */
        public String plural() {
            return many;
        }

        /** "1 rationale", "2 rationales". */
        public String count(int n) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    /**
     * One piece of narrative.
     *
     * @param pointer the JSON pointer of the object holding it
     * @param place where it is, in words, e.g. "the rationale of F12 in assessment ERG-1"
     * @param markingField the name of the field its author states the marking in
     * @param kind what it is
     * @param text the text
     * @param marking its marking: at least that of what it cites
     * @param cited the evidence it counts as written from (its own citations, or its assessment's)
     * @param stated the marking its author stated, if any
     * @param sanitised a sanitised version, if one was written
     */
    public record Text(
            String pointer,
            String place,
            String markingField,
            Kind kind,
            String text,
            NarrativeMarking marking,
            List<String> cited,
            Optional<ProtectiveMarking> stated,
            Optional<Sanitised> sanitised) {
        public Text {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(marking, "marking");
            cited = List.copyOf(cited);
        }
    }

    private final Map<String, Text> byPointer;
    private final Map<String, Integer> assessmentIndex;

    private Narratives(Map<String, Text> byPointer, Map<String, Integer> assessmentIndex) {
        this.byPointer = Collections.unmodifiableMap(byPointer);
        this.assessmentIndex = Collections.unmodifiableMap(assessmentIndex);
    }

    /** The narratives of {@code caseFile}. */
    public static Narratives of(CaseFile caseFile) {
        return of(
                caseFile.evidence(), caseFile.assessments(), caseFile.checks(), caseFile.contacts(), caseFile.events());
    }

    /** The narratives of a case's records. */
    public static Narratives of(
            List<Evidence> evidence,
            List<Assessment> assessments,
            List<Check> checks,
            List<Contact> contacts,
            List<AdverseEvent> events) {
        Map<String, Evidence> byId = new LinkedHashMap<>();
        evidence.forEach(e -> byId.putIfAbsent(e.id(), e));
        Function<String, Optional<Evidence>> lookup = id -> Optional.ofNullable(byId.get(id));
        Map<String, Text> out = new LinkedHashMap<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            index.putIfAbsent(a.id(), i);
            String base = "/assessments/" + i;
            List<String> all = citedBy(a);
            String in = " in assessment " + a.id();
            a.ratings()
                    .forEach((item, r) -> add(
                            out,
                            base + "/ratings/" + escape(item),
                            "the rationale of " + item + in,
                            "rationaleMarking",
                            Kind.RATIONALE,
                            r,
                            all,
                            lookup));
            for (int o = 0; o < a.openItems().size(); o++) {
                OpenItem item = a.openItems().get(o);
                add(
                        out,
                        base + "/openItems/" + o,
                        "case-specific factor " + item.id() + in,
                        "marking",
                        Kind.CASE_SPECIFIC_FACTOR,
                        item,
                        all,
                        lookup);
            }
            a.judgements()
                    .forEach((id, j) -> add(
                            out,
                            base + "/judgements/" + escape(id),
                            "the rationale of judgement " + id + in,
                            "marking",
                            Kind.JUDGEMENT,
                            j,
                            all,
                            lookup));
            a.formulation()
                    .forEach((id, f) -> add(
                            out,
                            base + "/formulation/" + escape(id),
                            "formulation section " + id + in,
                            "marking",
                            Kind.FORMULATION,
                            f,
                            all,
                            lookup));
            for (int s = 0; s < a.scenarios().size(); s++) {
                add(
                        out,
                        base + "/scenarios/" + s,
                        "scenario " + (s + 1) + in,
                        "marking",
                        Kind.SCENARIO,
                        a.scenarios().get(s),
                        all,
                        lookup);
            }
        }
        for (int i = 0; i < checks.size(); i++) {
            add(
                    out,
                    "/checks/" + i,
                    "the note of check " + (i + 1),
                    "noteMarking",
                    Kind.CHECK_NOTE,
                    checks.get(i),
                    List.of(),
                    lookup);
        }
        for (int i = 0; i < contacts.size(); i++) {
            add(
                    out,
                    "/contacts/" + i,
                    "the purpose of contact " + (i + 1),
                    "marking",
                    Kind.CONTACT_PURPOSE,
                    contacts.get(i),
                    List.of(),
                    lookup);
        }
        for (int i = 0; i < events.size(); i++) {
            add(
                    out,
                    "/events/" + i,
                    "the summary of event " + (i + 1),
                    "marking",
                    Kind.EVENT_SUMMARY,
                    events.get(i),
                    List.of(),
                    lookup);
        }
        return new Narratives(out, index);
    }

    /** Every evidence id any text of {@code assessment} cites, in order. */
    public static List<String> citedBy(Assessment assessment) {
        Set<String> ids = new LinkedHashSet<>();
        assessment.ratings().values().forEach(r -> ids.addAll(r.evidence()));
        assessment.openItems().forEach(o -> ids.addAll(o.evidence()));
        assessment.judgements().values().forEach(j -> ids.addAll(j.evidence()));
        assessment.formulation().values().forEach(f -> ids.addAll(f.evidence()));
        assessment.scenarios().forEach(s -> ids.addAll(s.evidence()));
        return List.copyOf(ids);
    }

    private static void add(
            Map<String, Text> out,
            String pointer,
            String place,
            String markingField,
            Kind kind,
            Narrative n,
            List<String> citesByDefault,
            Function<String, Optional<Evidence>> evidence) {
        if (n.narrative().isEmpty()) {
            return;
        }
        out.put(
                pointer,
                new Text(
                        pointer,
                        place,
                        markingField,
                        kind,
                        n.narrative().get(),
                        NarrativeMarking.of(n, citesByDefault, evidence),
                        n.cites().isEmpty() ? citesByDefault : n.cites(),
                        n.statedMarking(),
                        n.sanitised()));
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Every piece of narrative, in file order. */
    public List<Text> all() {
        return new ArrayList<>(byPointer.values());
    }

    /** The narrative held by the object at {@code pointer}, if it holds any. */
    public Optional<Text> at(String pointer) {
        return Optional.ofNullable(byPointer.get(pointer));
    }

    /** The rationale of {@code assessment}'s rating of {@code item}. */
    public Optional<Text> rationale(Assessment assessment, String item) {
        return in(assessment, "/ratings/" + escape(item));
    }

    /** The case-specific factor at {@code index} of {@code assessment}. */
    public Optional<Text> openItem(Assessment assessment, int index) {
        return in(assessment, "/openItems/" + index);
    }

    /** The rationale of {@code assessment}'s summary judgement {@code id}. */
    public Optional<Text> judgement(Assessment assessment, String id) {
        return in(assessment, "/judgements/" + escape(id));
    }

    /** The formulation section {@code id} of {@code assessment}. */
    public Optional<Text> formulation(Assessment assessment, String id) {
        return in(assessment, "/formulation/" + escape(id));
    }

    /** The scenario at {@code index} of {@code assessment}. */
    public Optional<Text> scenario(Assessment assessment, int index) {
        return in(assessment, "/scenarios/" + index);
    }

    /** The note of the check at {@code index}. */
    public Optional<Text> checkNote(int index) {
        return at("/checks/" + index);
    }

    private Optional<Text> in(Assessment assessment, String path) {
        Integer i = assessmentIndex.get(assessment.id());
        return i == null ? Optional.empty() : at("/assessments/" + i + path);
    }
}
