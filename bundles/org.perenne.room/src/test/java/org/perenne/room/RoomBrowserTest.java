/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.perenne.model.Canvas;
import org.perenne.model.Distribution;
import org.perenne.model.DistributionKind;
import org.perenne.model.Estimate;
import org.perenne.model.Uncertainty;
import org.perenne.model.io.CanvasFiles;
import org.perenne.simulation.GroupEstimate;

/**
 * Three participants answer the room from a phone-sized headless Chromium (Debian's chromium and chromedriver, as
 * releng/test installs them): one has a wrong value refused in words on the page, then by the server when the page's
 * own check is bypassed; the canvas written on closing holds their three triples and the pooled law.
 */
class RoomBrowserTest {

    private static final String OCCUPANCY = RoomTest.OCCUPANCY;
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    Path folder;

    private WebDriver phone(String language, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--lang=" + language);
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 360, "height", 740, "pixelRatio", 2.0)));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void type(WebDriver page, String field, String value) {
        WebElement input = page.findElement(By.name(OCCUPANCY + "." + field));
        input.clear();
        input.sendKeys(value);
    }

    private static String answer(WebDriver page, String low, String likely, String high) {
        type(page, "low", low);
        type(page, "likely", likely);
        type(page, "high", high);
        // the reply to this answer, not one left on the page by the last
        ((JavascriptExecutor) page).executeScript("var r = document.getElementById('reply'); if (r) { r.remove(); }");
        page.findElement(By.cssSelector("button[type=submit]")).click();
        return new WebDriverWait(page, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(p -> {
            List<WebElement> reply = p.findElements(By.id("reply"));
            return reply.isEmpty() || reply.get(0).getText().isBlank() ? null : RoomTest.plain(reply.get(0).getText());
        });
    }

    private static void screenshot(WebDriver page, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void threeParticipantsAnswerFromTheirPhonesAndTheCanvasWrittenHoldsTheirGroupEstimate() throws Exception {
        Canvas canvas = RoomTest.sample();
        Room room = Room.of(canvas, List.of(OCCUPANCY, RoomTest.RESIDENTS), new RoomText(Locale.FRENCH));
        try (RoomServer server = RoomServer.start(room, InetAddress.getLoopbackAddress(), 0)) {
            String address = server.address().toString();
            WebDriver first = phone("fr-FR", folder.resolve("phone-1"));
            try {
                first.get(address);
                assertEquals(360L, ((JavascriptExecutor) first).executeScript("return window.innerWidth"));
                screenshot(first, "room-phone-fr.png");
                assertEquals("Merci : vos estimations sont enregistrées. Vous pouvez les changer jusqu’à la fin du tour.",
                        answer(first, "10", "20", "30"));
                Object others = ((JavascriptExecutor) first).executeScript(
                        "return performance.getEntriesByType('resource').filter(r => !r.name.startsWith(location.origin)).length");
                assertEquals(0L, others, "nothing loaded from elsewhere");
            } finally {
                first.quit();
            }
            WebDriver second = phone("fr-FR", folder.resolve("phone-2"));
            try {
                second.get(address);
                // the page's own check: the values in the wrong order never leave the phone
                assertEquals("Rien n’est envoyé : corrigez les chiffres marqués en rouge.", answer(second, "40", "20", "30"));
                assertEquals("La valeur basse ne doit pas dépasser la probable, ni la probable la haute.",
                        second.findElement(By.cssSelector("#f0 .problem")).getText());
                assertEquals(1, room.participants(), "the first participant only");
                // past the page's check (its script bypassed), the server refuses the same way, in words
                type(second, "high", "150");
                type(second, "low", "15");
                ((JavascriptExecutor) second).executeScript("document.getElementById('room').submit()");
                new WebDriverWait(second, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(p -> RoomTest.plain(p.findElement(By.cssSelector("#f0 .problem")).getText())
                        .equals("Ce chiffre prend ses valeurs de 0 % à 100 %."));
                assertEquals(1, room.participants(), "nothing kept of the refused answer");
                screenshot(second, "room-phone-refused-fr.png");
                assertTrue(answer(second, "15", "25", "45").startsWith("Merci"));
            } finally {
                second.quit();
            }
            WebDriver third = phone("en-GB", folder.resolve("phone-3"));
            try {
                third.get(address);
                assertEquals("Your estimates", third.findElement(By.tagName("h1")).getText());
                assertTrue(answer(third, "12,5", "22.5", "35").startsWith("Thank you"));
                screenshot(third, "room-phone-en.png");
            } finally {
                third.quit();
            }
            assertEquals(3, room.participants());
            room.close();
        }
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(room.groupEstimates(new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack,
                canvas.eResource().getResourceSet()), "salle"));
        Path written = folder.resolve("after-the-room.perenne");
        CanvasFiles.save(canvas, written);
        Canvas reread = CanvasFiles.load(written).canvas();
        Uncertainty occupancy = reread.getUncertainties().stream().filter(u -> u.getId().equals("unc-occupation")).findFirst().orElseThrow();
        Distribution law = occupancy.getDistribution();
        assertEquals(DistributionKind.GROUP_ESTIMATE, law.getKind());
        double[][] triples = law.getEstimates().stream().map(e -> new double[] { e.getLow(), e.getLikely(), e.getHigh() })
                .toArray(double[][]::new);
        assertEquals(List.of(List.of(0.10, 0.20, 0.30), List.of(0.15, 0.25, 0.45), List.of(0.125, 0.225, 0.35)),
                java.util.Arrays.stream(triples).map(t -> List.of(t[0], t[1], t[2])).toList());
        GroupEstimate pooled = GroupEstimate.of(law.getEstimates());
        assertEquals(((0.1 + 0.2 + 0.3) / 3 + (0.15 + 0.25 + 0.45) / 3 + (0.125 + 0.225 + 0.35) / 3) / 3, pooled.mean(), 1e-12,
                "the pooled law's mean is the mean of the participants' means");
        assertEquals(0.5, pooled.cumulative(pooled.inverse(0.5)), 1e-6);
        List<Estimate> residents = reread.getUncertainties().stream().filter(u -> u.getId().equals("unc-residents")).findFirst()
                .orElseThrow().getDistribution().getEstimates();
        assertTrue(residents.isEmpty(), "nobody answered the residents: their law stays as it was");
    }
}
