package com.channelstudio.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The two destinations of the alerting studio, in the test JVM: a Slack-like incoming webhook (WireMock answering
 * "ok" as Slack does) whose path is a secret, and an SMTP server (GreenMail). Started once; the studio is pointed
 * at them before its context starts.
 */
public final class AlertDestinationStubs implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The incoming webhook's path: Slack's carries the workspace, the app and a secret. */
    public static final String WEBHOOK_PATH = "/services/T0STUDIO/B0ALERTS/webhook-SECRET-8888";
    public static final String SMTP_PASSWORD = "smtp-password-SECRET-9999";
    public static final String OPERATOR = "ops@example.com";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer webhook;
    private static GreenMail smtp;

    public static synchronized WireMockServer webhook() {
        if (webhook == null) {
            webhook = new WireMockServer(options().dynamicPort());
            webhook.start();
            answerOk();
        }
        return webhook;
    }

    public static synchronized GreenMail smtp() {
        if (smtp == null) {
            smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            smtp.start();
            smtp.setUser("studio@example.com", "studio", SMTP_PASSWORD);
        }
        return smtp;
    }

    /** The webhook answers 200 "ok", as Slack's does. */
    static void answerOk() {
        webhook().stubFor(post(urlEqualTo(WEBHOOK_PATH)).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("ok")));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "studio.alerts.webhook.url=" + webhook().baseUrl() + WEBHOOK_PATH,
                "studio.alerts.email.to=" + OPERATOR,
                "studio.alerts.email.from=studio@example.com",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + smtp().getSmtp().getPort(),
                "spring.mail.username=studio",
                "spring.mail.password=" + SMTP_PASSWORD).applyTo(context);
    }

    /** The JSON bodies the webhook received that match, in order (each request, whatever was answered). */
    public static List<JsonNode> posted(Predicate<JsonNode> matching) {
        return webhook().getAllServeEvents().stream()
                .sorted((a, b) -> a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()))
                .map(event -> json(event.getRequest())).filter(matching).toList();
    }

    /** The mails received whose subject or body contains {@code text}. */
    public static List<MimeMessage> mailed(String text) {
        return Arrays.stream(smtp().getReceivedMessages())
                .filter(mail -> subject(mail).contains(text) || text(mail).contains(text)).toList();
    }

    /** The plain-text body, decoded. */
    static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
