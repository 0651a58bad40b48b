package org.iclei.africa.resilient.web.admin.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MailtoLinkTest {

    @Test
    void addressAndSubjectArePercentEncoded() {
        assertEquals("mailto:j.mwakyusa@temeke.go.tz?subject=Re%3A%20Trial%20for%20Temeke%20%26%20Dar%20%3F",
                MailtoLink.reply("j.mwakyusa@temeke.go.tz", "Re: Trial for Temeke & Dar ?"));
        assertEquals("mailto:ana+plan@example.org?subject=Ol%C3%A1".replace("+", "%2B"), MailtoLink.reply("ana+plan@example.org", "Olá"));
    }
}
