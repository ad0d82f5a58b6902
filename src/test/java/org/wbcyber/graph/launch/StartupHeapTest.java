package org.wbcyber.graph.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import com.sun.management.HotSpotDiagnosticMXBean;

class StartupHeapTest {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void theHeapsFreeRatiosAreTheUsersAgainAfterTheCollection() {
        String min = vm.getVMOption(StartupHeap.MIN).getValue();
        String max = vm.getVMOption(StartupHeap.MAX).getValue();

        StartupHeap.release();

        assertThat(vm.getVMOption(StartupHeap.MIN).getValue()).isEqualTo(min);
        assertThat(vm.getVMOption(StartupHeap.MAX).getValue()).isEqualTo(max);
    }

    @Test
    void ratiosBelowTheTrimOnesAreRestoredToo() {
        String min = vm.getVMOption(StartupHeap.MIN).getValue();
        String max = vm.getVMOption(StartupHeap.MAX).getValue();
        try {
            vm.setVMOption(StartupHeap.MIN, "2");
            vm.setVMOption(StartupHeap.MAX, "5");

            StartupHeap.release();

            assertThat(vm.getVMOption(StartupHeap.MIN).getValue()).isEqualTo("2");
            assertThat(vm.getVMOption(StartupHeap.MAX).getValue()).isEqualTo("5");
        } finally {
            vm.setVMOption(StartupHeap.MAX, max);
            vm.setVMOption(StartupHeap.MIN, min);
        }
    }
}
