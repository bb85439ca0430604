package nl.abro.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.abro.checker.api.CheckRequest;
import nl.abro.checker.api.CheckSession;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Finding;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Language;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks ABRO declarations (and, later, tender documents) under {@code sourceDirectory} against a
 * requirement pack, writes the reports to {@code outputDirectory} and fails the build when a
 * document is non-compliant. It only translates parameters; the checker does the work.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    /**
     * Pack id (abro-2026, tender-2026, adv), id:version, or a directory holding pack.xml. Default: the tender
     * profile's, else chosen per document: a declaration abro-2026, a tender document tender-2026, an ESPD adv.
     */
    @Parameter(property = "abro.pack")
    private String pack;

    /** TBB level (1-4) to check at; default: the tender profile's, else what each document states. */
    @Parameter(property = "abro.tbb")
    private String tbb;

    /** The tender profile: pack, TBB level, tailoring and the contracting authority's values. */
    @Parameter(property = "abro.tenderProfile")
    private File tenderProfile;

    /** Waivers: failed requirements the contracting authority accepts until a date. */
    @Parameter(property = "abro.waivers")
    private File waivers;

    /** Check date (YYYY-MM-DD); default today. Fix it for reproducible builds. */
    @Parameter(property = "abro.checkDate")
    private String checkDate;

    /** Language of messages and reports: nl or en. */
    @Parameter(property = "abro.lang", defaultValue = "en")
    private String lang;

    /** Where the documents to check are. */
    @Parameter(property = "abro.sourceDirectory", defaultValue = "${project.basedir}/src/main/abro")
    private File sourceDirectory;

    /** Files to check, as globs relative to sourceDirectory: declarations, ESPDs and tender documents by default. */
    @Parameter(property = "abro.includes", defaultValue = "**/*.xml,**/*.pdf,**/*.docx,**/*.odt,**/*.doc")
    private List<String> includes;

    /** Files to leave out, as globs relative to sourceDirectory. */
    @Parameter(property = "abro.excludes")
    private List<String> excludes;

    /** Report formats to write: json, html, junit, sarif, svrl, text. */
    @Parameter(property = "abro.formats", defaultValue = "json,html,junit,sarif")
    private List<String> formats;

    /** Where the reports are written. */
    @Parameter(property = "abro.outputDirectory", defaultValue = "${project.build.directory}/abro")
    private File outputDirectory;

    /** Lowest finding severity that fails the build: error, warning, info or never. */
    @Parameter(property = "abro.failOn", defaultValue = "error")
    private String failOn;

    /** Skip the check. */
    @Parameter(property = "abro.skip", defaultValue = "false")
    private boolean skip;

    /** Fail when no document matches; otherwise only warn. */
    @Parameter(property = "abro.failIfNoFiles", defaultValue = "true")
    private boolean failIfNoFiles;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("ABRO check skipped");
            return;
        }
        Severity threshold = threshold();
        List<Path> files = files();
        if (files.isEmpty()) {
            String message = "No documents to check in " + sourceDirectory + " (includes " + includes + ", excludes " + excludes + ")";
            if (failIfNoFiles) {
                throw new MojoExecutionException(message + "; set failIfNoFiles=false to allow this");
            }
            getLog().warn(message);
            return;
        }
        CheckRequest request = new CheckRequest(files, blankToNull(pack), level(), path(tenderProfile), path(waivers), date(),
                language(), threshold, formats, outputDirectory.toPath(), 1, null);
        CheckSession.Outcome outcome;
        try {
            outcome = new CheckSession(CheckMojo.class.getClassLoader(), version()).run(request, done -> { });
        } catch (InvalidInputException e) {
            throw new MojoExecutionException("ABRO check configuration: " + e.getMessage().replace(System.lineSeparator(), "; "));
        } catch (IOException e) {
            throw new MojoExecutionException("ABRO check could not write its reports: " + e.getMessage(), e);
        }
        outcome.warnings().forEach(getLog()::warn);
        CheckResult result = outcome.result();
        Path base = sourceDirectory.toPath();
        int nonCompliant = 0;
        int unreadable = 0;
        for (DocumentResult document : result.documents()) {
            String name = base.relativize(Path.of(document.path())).toString().replace('\\', '/');
            if (!document.readable()) {
                unreadable++;
                getLog().error(name + ": " + document.error().in(request.language()));
                continue;
            }
            if (document.verdict(threshold) == DocumentResult.Verdict.NON_COMPLIANT) {
                nonCompliant++;
            }
            for (Finding finding : document.findings()) {
                // file:line, as build tools and IDEs link them; a page is no line, so a paged document
                // says "file:page 3", which no tool mistakes for a line.
                Integer page = finding.location().page();
                Integer at = finding.location().line();
                String where = page != null ? ":" + (request.language() == nl.abro.model.Language.NL ? "pagina " : "page ") + page
                        : at != null ? ":" + at : "";
                String line = name + where + ": " + finding.requirement()
                        + ": " + finding.message().in(request.language());
                switch (finding.severity()) {
                    case ERROR -> getLog().error(line);
                    case WARNING -> getLog().warn(line);
                    case INFO -> getLog().info(line);
                }
            }
        }
        String summary = String.format(Locale.ROOT, "ABRO check (%s, check date %s): %d document(s), %d compliant, %d non-compliant, %d unreadable%s",
                result.packs().stream().map(p -> p.coordinates().toString()).collect(java.util.stream.Collectors.joining(", ")),
                result.checkDate(), result.documents().size(),
                result.documents().size() - nonCompliant - unreadable, nonCompliant, unreadable,
                outcome.reportFiles().isEmpty() ? "" : "; reports in " + outputDirectory);
        if (result.exitCode(threshold) != 0) {
            throw new MojoFailureException(summary);
        }
        getLog().info(summary);
    }

    private List<Path> files() throws MojoExecutionException {
        Path base = sourceDirectory.toPath();
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        List<PathMatcher> include = matchers(includes);
        List<PathMatcher> exclude = matchers(excludes);
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> matches(include, base.relativize(p)) && !matches(exclude, base.relativize(p)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + base + ": " + e.getMessage(), e);
        }
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        if (globs == null) {
            return List.of();
        }
        return globs.stream().map(String::strip).filter(g -> !g.isEmpty())
                .flatMap(g -> g.startsWith("**/") ? Stream.of(g, g.substring(3)) : Stream.of(g))
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    private Severity threshold() throws MojoExecutionException {
        try {
            return Severity.parseFailOn(failOn).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("failOn " + e.getMessage());
        }
    }

    private TbbLevel level() throws MojoExecutionException {
        if (tbb == null || tbb.isBlank()) {
            return null;
        }
        return TbbLevel.parse(tbb).orElseThrow(() -> new MojoExecutionException("tbb must be 1, 2, 3 or 4, not '" + tbb + "'"));
    }

    private LocalDate date() throws MojoExecutionException {
        if (checkDate == null || checkDate.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(checkDate.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("checkDate must be a date like 2026-11-22, not '" + checkDate + "'");
        }
    }

    private Language language() throws MojoExecutionException {
        return Language.parse(lang).orElseThrow(() -> new MojoExecutionException("lang must be nl or en, not '" + lang + "'"));
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String version() {
        Package p = CheckMojo.class.getPackage();
        return p.getImplementationVersion() != null ? p.getImplementationVersion() : "dev";
    }
}
