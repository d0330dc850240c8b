package org.caseframe.planning.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class CaseloadTest {
    static final Standards.Workload WORKLOAD = Standards.bundled().workload();

    @Test
    void caseloadIsMeasuredByHoursAndByTheTwelveCaseModel() {
        Caseload c = Caseload.of(Collections.nCopies(30, 12.5), 2, WORKLOAD);

        assertThat(c.cases()).isEqualTo(30);
        assertThat(c.hoursPerMonth()).isEqualTo(375.0);
        assertThat(c.capacityHoursPerMonth()).isEqualTo(220.0);
        assertThat(c.utilisation()).isEqualTo(1.705);
        assertThat(c.practitionersNeededByHours()).isEqualTo(4);
        assertThat(c.practitionersNeededByCaseload()).isEqualTo(3);
        assertThatThrownBy(() -> Caseload.of(java.util.List.of(), 0, WORKLOAD))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
