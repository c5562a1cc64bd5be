package io.ivraudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
import io.ivraudit.load.FileType;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Files a hostile pull request can bring to {@code check} in CI: named pipes, devices, links,
 * huge files, variants extending secrets, output targets that are not regular files, a broken
 * stdout and absurd thread counts. Each gives one clear error and exit 2, quickly.
 */
class HostileFilesTest {
    private static final String TREE = "trees/skyway-air.yaml";
    private static final String SECRET = "DB_PASSWORD=hunter2-do-not-print";
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @TempDir Path dir;

    private static CliRunner.Run run(String... args) {
        return assertTimeoutPreemptively(QUICKLY, () -> CliRunner.run(args));
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        return fifo;
    }

    /** Reads a named pipe to its end on a daemon thread, so a writer that never comes cannot hold up the run. */
    private static CompletableFuture<String> readInBackground(Path fifo) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                text.complete(Files.readString(fifo));
            } catch (IOException e) {
                text.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return text;
    }

    @Test void outToANamedPipeWritesIntoIt() throws Exception {
        Path fifo = fifo("out.dot");
        CompletableFuture<String> read = readInBackground(fifo);
        CliRunner.Run run = run("graph", "--out", fifo.toString(), TREE);
        assertEquals(0, run.exit(), run.err());
        assertTrue(read.get(5, TimeUnit.SECONDS).startsWith("digraph \"skyway-air\""));
        assertEquals(FileType.FIFO, FileType.of(fifo), "the pipe is still a pipe");
        assertEquals(List.of(fifo), files(), "no temporary file is left beside it");
    }

    @Test void outThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws IOException {
        Path target = Files.writeString(dir.resolve("target.dot"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.dot"), target.getFileName());
        CliRunner.Run run = run("graph", "--out", link.toString(), TREE);
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(target).startsWith("digraph \"skyway-air\""));
        assertEquals(2, files().size(), files().toString());
    }

    @Test void outToACharacterDeviceWritesIntoItAndLeavesItADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        CliRunner.Run run = run("graph", "--out", devNull.toString(), TREE);
        assertEquals(0, run.exit(), run.err());
        assertEquals(FileType.CHARACTER_DEVICE, FileType.of(devNull));
        try (Stream<Path> inDev = Files.list(Path.of("/dev"))) {
            assertFalse(inDev.anyMatch(p -> p.getFileName().toString().startsWith(".null")), "no temporary file in /dev");
        }
    }

    @Test void outToAFolderIsBadInput() {
        CliRunner.Run run = run("graph", "--out", dir.toString(), TREE);
        assertEquals(2, run.exit());
        assertEquals(dir + ": is a directory; expected a file path for --out", run.err().strip());
    }

    @Test void aReportFileNamedByATreeIdCannotLeaveTheReportFolder() throws IOException {
        Path tree = Files.writeString(dir.resolve("t.yaml"),
            Files.readString(Path.of(TREE)).replaceFirst("(?m)^tree: .*$", "tree: ../escaped"));
        Path reports = dir.resolve("reports");
        CliRunner.Run run = run("audit", "--exact", "--report-dir", reports.toString(), tree.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("--report-dir " + reports + ": the file name '../escaped.html' (from the tree id) is not a plain "
            + "file name; expected a tree id without /, \\ or NUL", run.err().strip());
        assertFalse(Files.exists(dir.resolve("escaped.html")));
    }

    @Test void aFailingStdoutExits2WithOneMessage() {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new OutputStream() {
            @Override public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }));
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("graph", TREE));
        assertEquals(ErrorHandler.STDOUT_FAILED, err.toString().strip());
    }

    @Test void aProcessWhoseStdoutIsFullExits2() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), "graph", TREE)
            .redirectOutput(new File("/dev/full")).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String err = new String(process.getErrorStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue(), err);
        assertEquals(ErrorHandler.STDOUT_FAILED, err.strip());
    }

    @Test void aNamedPipeAsTreeConfigBaseOrFlowIsRefusedWithoutOpeningIt() throws Exception {
        Path pipe = fifo("pipe.yaml");
        CliRunner.Run tree = run("validate", pipe.toString());
        assertEquals(2, tree.exit());
        assertEquals(pipe + ":1:1: is a named pipe (FIFO); expected a tree file (.yaml)", tree.out().strip());

        CliRunner.Run config = run("check", "--config", pipe.toString(), TREE);
        assertEquals(2, config.exit());
        assertEquals(pipe + ":1:1: is a named pipe (FIFO); expected an audit config file (.ivr-audit.yaml)",
            config.err().strip());

        Path variant = Files.writeString(dir.resolve("variant.yaml"), "extends: pipe.yaml\n");
        CliRunner.Run base = run("validate", "--allow-outside-base", variant.toString());
        assertEquals(2, base.exit());
        assertEquals(variant + ":1:10: extends 'pipe.yaml': that path is a named pipe (FIFO); expected the path of a "
            + "base tree", base.out().strip());

        Path flowPipe = fifo("flow.json");
        CliRunner.Run flow = run("import", "--from", "amazon-connect", flowPipe.toString());
        assertEquals(2, flow.exit());
        assertEquals(flowPipe + ":1:1: is a named pipe (FIFO); expected a contact-flow export (.json)", flow.err().strip());
    }

    @Test void aLinkToAnEndlessDeviceIsRefusedAtOnce() throws IOException {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        CliRunner.Run run = run("check", zero.toString());
        assertEquals(2, run.exit());
        assertEquals(zero + ":1:1: is a symbolic link to a character device; expected a tree file (.yaml)",
            run.err().strip());
    }

    @Test void aFileOverTheLimitIsRefusedWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (FileChannel sparse = FileChannel.open(huge, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            sparse.write(ByteBuffer.wrap(new byte[] {'\n'}), 17L * 1024 * 1024);
        }
        CliRunner.Run run = run("check", huge.toString());
        assertEquals(2, run.exit());
        assertEquals(huge + ":1:1: the file is 17.8 MB; expected a tree file (.yaml) of at most 16 MB", run.err().strip());
    }

    @Test void aVariantExtendingASecretNeverPrintsIt() throws IOException {
        Files.writeString(dir.resolve(".env"), SECRET + "\n");
        Path variant = Files.writeString(dir.resolve("variant.yaml"), "extends: .env\n");
        CliRunner.Run run = run("check", "--allow-outside-base", variant.toString());
        assertEquals(2, run.exit());
        assertEquals(variant + ":1:10: extends '.env': that file is not a tree (its content is text, not a mapping "
            + "with entry and nodes); expected the path of a base tree", run.err().strip());
        assertFalse((run.out() + run.err()).contains("hunter2"));
    }

    @Test void aBaseOutsideTheRepositoryIsRefusedUnlessAllowed() throws IOException {
        Path secret = Files.writeString(dir.resolve("passwd"), SECRET + "\n");
        Path variant = Files.writeString(dir.resolve("variant.yaml"), "extends: " + secret + "\n");
        CliRunner.Run refused = run("simulate", variant.toString());
        assertEquals(2, refused.exit());
        assertEquals(variant + ":1:10: extends '" + secret + "': outside " + Path.of("").toRealPath()
            + "; expected a base tree inside the repository (use --allow-outside-base to allow it)", refused.err().strip());
        assertFalse((refused.out() + refused.err()).contains("hunter2"));

        Path base = Files.copy(Path.of(TREE), dir.resolve("skyway-air.yaml"));
        Files.writeString(variant, "extends: " + base.getFileName() + "\ncaller: { give_up: 0.05 }\n");
        for (List<String> command : List.of(List.of("validate"), List.of("audit", "--exact"), List.of("check"),
                List.of("simulate", "--exact"), List.of("graph"), List.of("rank", TREE), List.of("diff", TREE))) {
            String[] args = Stream.concat(command.stream(), Stream.of(variant.toString())).toArray(String[]::new);
            assertEquals(2, run(args).exit(), "refused by default: " + command);
            CliRunner.Run allowed = run(Stream.concat(Stream.of(args[0], "--allow-outside-base"),
                Stream.of(args).skip(1)).toArray(String[]::new));
            assertTrue(allowed.exit() < 2, command + ": " + allowed.err());
        }
    }

    /** A folder inside the repository (under target/, which git ignores), for links a pull request could add. */
    private Path inRepository() throws IOException {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "pr-");
        folder.toFile().deleteOnExit();
        return folder;
    }

    @Test void aTreeLinkedOutOfTheRepositoryIsNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("shadow"), SECRET + "\n");
        Path pr = inRepository();
        Path tree = Files.createSymbolicLink(pr.resolve("tree.yaml"), secret);
        try {
            CliRunner.Run run = run("check", tree.toString());
            assertEquals(2, run.exit());
            assertEquals(tree + ":1:1: is a symbolic link to " + secret.toRealPath() + ", outside the repository; "
                + "expected a tree file (.yaml) inside it (name the file itself to read it on purpose)", run.err().strip());
            assertFalse((run.out() + run.err()).contains("hunter2"));
        } finally {
            Files.delete(tree);
            Files.delete(pr);
        }
    }

    @Test void outputLinkedOutOfTheRepositoryIsNeverWritten() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim"), "keep me");
        Path pr = inRepository();
        Path sarif = Files.createSymbolicLink(pr.resolve("ivr-audit.sarif"), victim);
        Path linkedFolder = Files.createSymbolicLink(pr.resolve("reports"), dir);
        try {
            CliRunner.Run out = run("check", "--format", "sarif", "--out", sarif.toString(), TREE);
            assertEquals(2, out.exit());
            assertTrue(out.err().startsWith(sarif + ": is a symbolic link (or in a linked folder) to " + victim.toRealPath()
                + ", outside the repository"), out.err());
            CliRunner.Run reports = run("audit", "--exact", "--report-dir", linkedFolder.toString(), TREE);
            assertEquals(2, reports.exit(), reports.err());
            assertEquals("keep me", Files.readString(victim));
            assertEquals(List.of(victim), files(), "nothing written through the linked folder");
        } finally {
            Files.delete(sarif);
            Files.delete(linkedFolder);
            Files.delete(pr);
        }
    }

    @Test void tenThousandThreadsIsBadInput() {
        int most = 8 * Runtime.getRuntime().availableProcessors();
        CliRunner.Run simulate = run("simulate", "--threads", "10000", TREE);
        assertEquals(2, simulate.exit());
        assertEquals("--threads 10000: expected 1 to " + most + " (8 per core on this machine)", simulate.err().strip());
        assertEquals(2, run("rank", "--callers", "1000", "--threads", "10000", TREE).exit());
        assertEquals(0, run("simulate", "--callers", "1000", "--threads", Integer.toString(most), TREE).exit());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
