package org.iclei.africa.resilient.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM, started before the shared portal, which sends its
 * mail here. Tests can stop and start it to play an SMTP outage.
 */
public final class MailServer {

    private static GreenMail server;

    private MailServer() {
    }

    public static int port() {
        String port = TestEnvironment.property("it.smtp.port");
        return port.isEmpty() ? 13025 : Integer.parseInt(port);
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** A received mail, decoded. */
    public record Mail(String to, String subject, String body) {

        /** The first link in the mail to {@code path} on the portal (e.g. "/account/confirm"). */
        public String link(String path) {
            Matcher m = Pattern.compile("https?://\\S+" + Pattern.quote(path) + "\\S*").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no link to " + path + " in:\n" + body);
            }
            return m.group();
        }
    }

    /** Waits for the newest mail to {@code address} whose subject contains {@code subject}. */
    public static Mail await(String address, String subject, Duration timeout) {
        return Poll.until("mail to " + address + " about '" + subject + "'", timeout, () -> find(address, subject));
    }

    public static synchronized Optional<Mail> find(String address, String subject) {
        if (server == null) {
            return Optional.empty();
        }
        MimeMessage[] received = server.getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            try {
                MimeMessage message = received[i];
                boolean toAddress = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                if (toAddress && message.getSubject().contains(subject)) {
                    return Optional.of(new Mail(address, message.getSubject(), message.getContent().toString()));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    /** Mails to {@code address} whose subject contains {@code subject}, received so far. */
    public static synchronized long count(String address, String subject) {
        if (server == null) {
            return 0;
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(subject)
                        && Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    /** Mails to {@code address} received so far. */
    public static synchronized long count(String address) {
        if (server == null) {
            return 0;
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
