package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    @TempDir
    Path folder;

    @AfterEach
    void tearDown() {
        ClassDataSharing.disable();
    }

    @Test
    void offUnlessUpTurnsItOn() {
        assertThat(ClassDataSharing.options("backend", true)).isEmpty();
        Path jar = folder.resolve("backend.jar");
        assertThat(ClassDataSharing.runnable("backend", jar)).isSameAs(jar);
    }

    @Test
    void aRecentJavaWritesItsArchiveWhenMissingOrStaleAndUsesItOtherwise() {
        ClassDataSharing.enableIn(folder);
        assertThat(ClassDataSharing.options("kafka", true)).containsExactly("-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + folder.toAbsolutePath().resolve("kafka.jsa"));
    }

    @Test
    void theFolderExistsOnceTurnedOnForAJvmCannotWriteItsArchiveIntoNothing() {
        Path cds = folder.resolve("new-home").resolve("cds");
        ClassDataSharing.enableIn(cds);
        assertThat(cds).isDirectory();
    }

    @Test
    void java17WritesItOnceThenMapsIt() throws Exception {
        ClassDataSharing.enableIn(folder);
        Path archive = folder.toAbsolutePath().resolve("opensearch.jsa");
        assertThat(ClassDataSharing.options("opensearch", false)).containsExactly("-XX:ArchiveClassesAtExit=" + archive);
        Files.writeString(archive, "archive");
        assertThat(ClassDataSharing.options("opensearch", false))
                .containsExactly("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
    }

    @Test
    void aJarThatIsNoSpringBootJarIsRunAsItIs() throws Exception {
        ClassDataSharing.enableIn(folder.resolve("cds"));
        Path jar = folder.resolve("plain.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes());
            zip.closeEntry();
        }
        assertThat(ClassDataSharing.runnable("plain", jar)).isEqualTo(jar);
    }
}
