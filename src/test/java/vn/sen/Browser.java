package vn.sen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless by Selenium (no browser download: the binaries come from the chromium and
 * chromium-driver packages that .ci/run installs). Screenshots go to target/screenshots/.
 */
public final class Browser implements AutoCloseable {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final WebDriverWait wait;

    public Browser(int port) throws IOException {
        this.profile = Files.createTempDirectory("sen-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("sen.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1366,900",
                "--lang=vi",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("sen.chromedriver", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = "http://localhost:" + port;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser type(String id, String text) {
        WebElement e = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        e.clear();
        e.sendKeys(text);
        return this;
    }

    public Browser select(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /** Chooses the first option whose text contains the fragment (adds to the choice in a multiple select). */
    public Browser selectContaining(String id, String fragment) {
        org.openqa.selenium.support.ui.Select select =
                new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id)));
        WebElement option = select.getOptions().stream()
                .filter(o -> o.getText().contains(fragment))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No option with '" + fragment + "' in #" + id));
        select.selectByVisibleText(option.getText());
        return this;
    }

    /** Chooses a file in a file input, as a user picking it in the dialog would. */
    public Browser upload(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Sets an input's value directly (date inputs read typed keys in the browser's locale) and fires "change". */
    public Browser value(String id, String value) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        e,
                        value);
        return this;
    }

    /** Ticks or clears a checkbox. */
    public Browser checkbox(String id, boolean checked) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        if (e.isSelected() != checked) {
            e.click();
        }
        return this;
    }

    /** Scrolls the element into view, e.g. before a screenshot of the lower part of a page. */
    public Browser scrollTo(String id) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", e);
        return this;
    }

    /** True when an element with the id is on the page and shown. */
    public boolean visible(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    /**
     * Clicks; a submit button's click returns only once the next page replaced this one, because ChromeDriver may
     * return before a slow POST (signing, say) navigates, and the test would read the old page.
     */
    public Browser click(String id) {
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        boolean submits = "submit".equalsIgnoreCase(target.getAttribute("type"));
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        if (submits) {
            try {
                wait.until(driver -> gone(page));
            } catch (org.openqa.selenium.TimeoutException e) {
                // A submit the browser did not send (a required field left empty): the page stays.
            }
        }
        return this;
    }

    /**
     * True once the element's document was replaced. Chrome reports that either as a stale element or, while the new
     * document is loading, as "Node … does not belong to the document": both mean the old page is gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    public Browser clickCss(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    public String text(String id) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                    .getText();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No visible #" + id + " on " + url() + ":\n" + pageText(), e);
        }
    }

    /** The text of the first visible element matching the CSS selector. */
    public String textCss(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)))
                .getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public Browser login(String username, String password) {
        open("/login").type("username", username).type("password", password).click("login-submit");
        // Wait for the answer (a page with the logout button, or the login error): navigating before it arrives
        // would race the session cookie and land on the login page again.
        wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("logout")),
                ExpectedConditions.presenceOfElementLocated(By.id("login-error"))));
        return this;
    }

    public Browser logout() {
        click("logout");
        return this;
    }

    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() {
        driver.quit();
        // Each browser's profile is a few MB in the temporary directory; hundreds of runs used to leave them all.
        try {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
