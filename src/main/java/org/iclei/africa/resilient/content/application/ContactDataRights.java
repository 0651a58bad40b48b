package org.iclei.africa.resilient.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.iclei.africa.resilient.accounts.application.PersonalData;
import org.iclei.africa.resilient.content.domain.ContactMessage;
import org.iclei.africa.resilient.content.domain.ContactMessageRepository;

/**
 * The contact form's part of a member's personal-data export: the messages sent from their address. (They stay in
 * the back office's inbox when the account is deleted: they were sent to ICLEI Africa, not kept by the account.)
 */
@ApplicationScoped
public class ContactDataRights {

    @Inject
    ContactMessageRepository messages;

    void export(@Observes PersonalData data) {
        JsonArrayBuilder sent = Json.createArrayBuilder();
        for (ContactMessage message : messages.findByEmail(data.email())) {
            sent.add(Json.createObjectBuilder().add("sentAt", message.getCreatedAt().toString()).add("name", message.getName())
                    .add("email", message.getEmail()).add("subject", message.getSubject()).add("message", message.getMessage()));
        }
        data.add("contactMessages", sent);
    }
}
