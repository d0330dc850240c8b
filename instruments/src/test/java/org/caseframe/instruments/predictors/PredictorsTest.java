package org.caseframe.instruments.predictors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coefficient files are checked like case files and can be supplied from a directory as new versions. */
class PredictorsTest {
    private static final String CASE = "{\"sex\":\"MALE\",\"dateOfBirth\":\"1990-01-01\",\"followUpStartDate\":"
            + "\"2025-01-01\",\"previousSanctions\":3,\"violentSanctions\":1,\"noFixedAbode\":false,\"unemployed\":true,"
            + "\"doesNotRecogniseImpact\":false,\"currentAlcoholMisuse\":1,\"bingeDrinking\":0,"
            + "\"psychiatricTreatment\":false,\"temperControl\":1,\"proCriminalAttitudes\":1}";

    @TempDir
    Path dir;

    private static String bundledOvp() throws Exception {
        try (InputStream in =
                Predictors.class.getResourceAsStream("/org/caseframe/instruments/predictors/ovp-1.0.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Prediction predict(Predictors p, String name) throws Exception {
        return p.find(name, Ogrs3.Options.DEFAULT).orElseThrow().predict(new ObjectMapper().readTree(CASE));
    }

    @Test
    void aNewVersionFromADirectoryIsTheDefaultAndTheOldOneStaysReachable() throws Exception {
        Files.writeString(
                dir.resolve("ovp-1.1.yaml"),
                bundledOvp().replace("version: \"1.0\"", "version: \"1.1\"").replace("male: 5", "male: 6"));

        Predictors with = Predictors.bundled().withDirectory(dir);

        Prediction latest = predict(with, "ovp");
        Prediction old = predict(with, "ovp@1.0");
        assertThat(latest.model()).isEqualTo("ovp@1.1");
        assertThat(old.model()).isEqualTo("ovp@1.0");
        assertThat(latest.points().orElseThrow()).isEqualTo(old.points().orElseThrow() + 1);
        assertThat(predict(Predictors.bundled(), "ovp").model()).isEqualTo("ovp@1.0");
    }

    @Test
    void ovpTakesTotalSanctionsAndStillAcceptsTheOldNameWithANote() throws Exception {
        Predictor ovp = Predictors.bundled().find("ovp", Ogrs3.Options.DEFAULT).orElseThrow();
        ObjectMapper json = new ObjectMapper();

        Prediction old = ovp.predict(json.readTree(CASE));
        Prediction renamed = ovp.predict(json.readTree(CASE.replace("previousSanctions", "totalSanctions")));

        assertThat(renamed.points()).isEqualTo(old.points());
        assertThat(renamed.notes()).isEmpty();
        assertThat(old.notes()).singleElement().asString().startsWith("previousSanctions is deprecated for OVP");
        assertThatThrownBy(() -> ovp.predict(json.readTree(
                        CASE.replace("\"previousSanctions\":3,", "\"previousSanctions\":3,\"totalSanctions\":3,"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::pointer)
                                .containsExactly("/previousSanctions"));
    }

    @Test
    void ospDcAndOspIicGiveNotApplicableForAWomanThroughTheJsonReaderAndKeepVersionOne() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String woman = "{\"sex\":\"FEMALE\",\"dateOfBirth\":\"1980-01-01\",\"followUpStartDate\":\"2020-01-01\","
                + "\"adultContactSanctions\":1,\"childContactSanctions\":0,\"nonContactSanctions\":0,"
                + "\"otherSanctions\":0,\"inCommunity\":false,\"offenceFreeYears\":0}";

        Prediction dc = Predictors.bundled()
                .find("osp-dc", Ogrs3.Options.DEFAULT)
                .orElseThrow()
                .predict(json.readTree(woman));
        Prediction iic = Predictors.bundled()
                .find("osp-iic", Ogrs3.Options.DEFAULT)
                .orElseThrow()
                .predict(json.readTree("{\"sexualSanctions\":1,\"iiocSanctions\":1,\"childContactSanctions\":0,"
                        + "\"sex\":\"FEMALE\"}"));

        assertThat(dc.model()).isEqualTo("osp-dc@1.1");
        assertThat(dc.band()).isEqualTo(Band.NOT_APPLICABLE);
        assertThat(iic.model()).isEqualTo("osp-iic@1.1");
        assertThat(iic.band()).isEqualTo(Band.NOT_APPLICABLE);
        assertThat(Predictors.bundled().find("osp-dc@1.0", Ogrs3.Options.DEFAULT))
                .isPresent();
    }

    @Test
    void aCoefficientFileWithAMistypedFieldIsRefusedAtItsPointer() throws Exception {
        Files.writeString(
                dir.resolve("ovp-1.1.yaml"),
                bundledOvp()
                        .replace("version: \"1.0\"", "version: \"1.1\"")
                        .replace("pointsCoefficient:", "pointsCoeficient:"));

        assertThatThrownBy(() -> Predictors.bundled().withDirectory(dir))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .contains(
                                        "/pointsCoeficient: " + dir.resolve("ovp-1.1.yaml")
                                                + ": unknown field \"pointsCoeficient\" (did you mean \"pointsCoefficient\"?)",
                                        "/pointsCoefficient: " + dir.resolve("ovp-1.1.yaml")
                                                + ": required field \"pointsCoefficient\" is missing"));
    }

    @Test
    void anUnknownPredictorAndASecondCopyOfAVersionAreRefused() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), bundledOvp().replace("id: ovp", "id: opv"));
        Files.writeString(dir.resolve("b.yaml"), bundledOvp());

        assertThatThrownBy(() -> Predictors.bundled().withDirectory(dir))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "/id: " + dir.resolve("a.yaml")
                                                + ": \"opv\" is not one of: ogrs3, ovp, ogp, osp-dc, osp-iic (did you mean \"ovp\"?)",
                                        "/version: " + dir.resolve("b.yaml") + ": ovp@1.0 is defined more than once"));
    }
}
