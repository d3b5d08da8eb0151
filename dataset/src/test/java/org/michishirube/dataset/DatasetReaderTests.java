package org.michishirube.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.testing.DatasetCopy;
import tools.jackson.databind.node.ObjectNode;

/** Reading a dataset from a folder, and the faults the reader names; the loader's own tests live in the data module. */
class DatasetReaderTests {

    @TempDir
    Path temp;

    @Test
    void aCopyInAFolderReadsTheSameAsTheShippedDataset() {
        DatasetCopy copy = DatasetCopy.of(temp);

        assertThat(ReferenceDataset.load(DatasetSource.directory(copy.dir()))).isEqualTo(ReferenceDataset.load());
    }

    @Test
    void aFolderWithoutAManifestIsRefusedNamingTheManifest() {
        assertThatThrownBy(() -> ReferenceDataset.load(DatasetSource.directory(temp)))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
                    assertThat(e.problems()).containsExactly(new DatasetProblem("manifest.yaml", "-", "the file does not exist"));
                    assertThat(e.getMessage()).contains("manifest.yaml › -: the file does not exist");
                });
    }

    @Test
    void faultsInSeveralFilesAreReportedAtOnceEachNamingItsFileAndItem() {
        DatasetCopy copy = DatasetCopy.of(temp);
        String role = copy.read("roles.yaml").path("roles").get(0).path("id").asString();
        copy.edit("roles.yaml", root -> ((ObjectNode) root.path("roles").get(0)).put("familly", "misspelt"));
        copy.edit("statistics.yaml", root -> ((ObjectNode) root.path("statistics").get(0)).put("credential", "no-such-credential"));

        assertThatThrownBy(() -> ReferenceDataset.load(DatasetSource.directory(copy.dir())))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo("roles.yaml");
                        assertThat(p.item()).startsWith(role);
                        assertThat(p.fault()).contains("familly");
                    });
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo("statistics.yaml");
                        assertThat(p.fault()).contains("unknown credential no-such-credential");
                    });
                });
    }
}
