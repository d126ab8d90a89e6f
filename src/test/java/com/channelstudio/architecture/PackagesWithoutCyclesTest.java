package com.channelstudio.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The studio's packages depend on each other one way only: a type two packages share lives below both (jobs,
 * timeline, media), so a package can be read, tested and changed without the ones above it.
 */
class PackagesWithoutCyclesTest {

    @Test
    void noPackageDependsOnAPackageThatDependsOnIt() {
        JavaClasses studio = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.channelstudio");
        slices().matching("com.channelstudio.(*)..").should().beFreeOfCycles().check(studio);
    }
}
