package org.caseframe.planning.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.caseframe.planning.internal.CompiledRule;
import org.caseframe.planning.profile.Factor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The shape of the exported DMN model. That it decides exactly as the matrix does is shown by the differential test in
 * the benchmarks module, which evaluates it in two DMN engines.
 */
class DmnExportTest {
    private static Document parse(Policy policy) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(DmnExport.toXml(policy).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWellFormedDmn13ModelWithUniqueIdsAndOneInputPerFactor() throws Exception {
        Document dmn = parse(Policies.bundled("responsive").orElseThrow());

        Element root = dmn.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(DmnExport.DMN13);
        assertThat(root.getLocalName()).isEqualTo("definitions");
        assertThat(dmn.getElementsByTagNameNS(DmnExport.DMN13, "inputData").getLength())
                .isEqualTo(Factor.values().length);
        NodeList all = dmn.getElementsByTagNameNS(DmnExport.DMN13, "*");
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty() && !ids.add(id)) {
                duplicates.add(id);
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyRuleIsARowInEveryTableItContributesTo() throws Exception {
        Policy policy = Policies.bundled("current-practice").orElseThrow();
        Document dmn = parse(policy);

        NodeList tables = dmn.getElementsByTagNameNS(DmnExport.DMN13, "decision");
        assertThat(tables.getLength())
                .isEqualTo(4
                        + ControlType.bundled().size()
                        + InterventionType.bundled().size());
        for (Policy.Rule rule : policy.rules()) {
            int rows = 0;
            NodeList descriptions = dmn.getElementsByTagNameNS(DmnExport.DMN13, "description");
            for (int i = 0; i < descriptions.getLength(); i++) {
                if (descriptions.item(i).getTextContent().equals(rule.id())) {
                    rows++;
                }
            }
            Policy.Outcome then = rule.then();
            int expected = (then.nsd().isPresent() ? 1 : 0)
                    + (then.mappa().isPresent() ? 3 : 0)
                    + (int) then.controls().stream()
                            .map(Policy.ControlSpec::type)
                            .distinct()
                            .count()
                    + then.interventions().size();
            assertThat(rows).as(rule.id()).isEqualTo(expected);
        }
    }

    @Test
    void conditionsBecomeFeelUnaryTestsThatReadUnknownAsTheMatrixDoes() {
        long highOrAbove = CompiledRule.mask(
                Factor.ROSH_COMMUNITY,
                new Policy.Condition(
                        java.util.Optional.empty(),
                        java.util.Optional.of("HIGH"),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty()));

        assertThat(DmnExport.unaryTest(Factor.ROSH_COMMUNITY, highOrAbove, 0, 0))
                .isEqualTo("\"HIGH\",\"VERY_HIGH\"");
        assertThat(DmnExport.unaryTest(Factor.COHORT, 0b11, 0, 0)).isEqualTo("\"UNKNOWN\",\"NONE\"");
        assertThat(DmnExport.unaryTest(Factor.MONTHS_STABLE, 0, 0, 6)).isEqualTo("[0..6)");
        assertThat(DmnExport.unaryTest(Factor.MONTHS_STABLE, 0, 6, Integer.MAX_VALUE))
                .isEqualTo(">= 6");
        assertThat(DmnExport.unaryTest(Factor.MONTHS_STABLE, 0, -1, 0))
                .as("in: [UNKNOWN]")
                .isEqualTo("null");
    }
}
