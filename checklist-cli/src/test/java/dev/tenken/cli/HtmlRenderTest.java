package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the HTML report in headless Chromium (Debian's {@code chromium}) and checks the
 * picture: the grade badge and the chart bars are drawn in their colours. Runs where Chromium
 * is installed ({@code .ci/run} installs it when it can).
 */
@EnabledIf("chromiumInstalled")
class HtmlRenderTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final int WIDTH = 1000;
    static final int HEIGHT = 1400;

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void rendersGradeBadgeAndCategoryChart(String lang, @TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        int code = Main.run(new String[] {"assess", CliTest.SAMPLE.toString(), "--format", "html", "--lang", lang,
                "--output", html.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(Main.SHORTFALL, code);
        Path png = dir.resolve("report.png");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile"),
                "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png, html.toUri().toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), () -> read(dir.resolve("chromium.log")));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(WIDTH, img.getWidth());
        assertEquals(HEIGHT, img.getHeight());
        // the sample grades D: its badge is a 96 px square in #d84315, less the white letter
        assertTrue(pixels(img, 0xd84315) > 96 * 96 / 2, "grade D badge drawn: " + pixels(img, 0xd84315));
        // category bars: the sample has categories at or above 80 (green) and below 50 (red)
        assertTrue(pixels(img, 0x2e7d32) > 2_000, "green bars drawn: " + pixels(img, 0x2e7d32));
        assertTrue(pixels(img, 0xc62828) > 2_000, "red bars drawn: " + pixels(img, 0xc62828));
        // and there is text: many dark pixels
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                if (((rgb >> 16) & 0xff) < 80 && ((rgb >> 8) & 0xff) < 80 && (rgb & 0xff) < 80) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 5_000, "text drawn: " + dark + " dark pixels");
    }

    static int pixels(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
