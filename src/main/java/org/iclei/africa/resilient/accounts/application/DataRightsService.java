package org.iclei.africa.resilient.accounts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.LoginFailureRepository;
import org.iclei.africa.resilient.accounts.domain.PasswordHashing;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * A member's data rights (POPIA, GDPR) on their own account: everything the portal keeps about them as one JSON
 * document, and the deletion of their account. Each works on the signed-in caller's own address only.
 */
@Stateless
@RolesAllowed({Role.MEMBER_NAME, Role.ADMIN_NAME})
public class DataRightsService {

    public static final String CONFIRM_REQUIRED = "account.delete.confirmRequired";
    public static final String LAST_ADMINISTRATOR = "account.delete.lastAdministrator";

    private static final Logger LOG = Logger.getLogger(DataRightsService.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    LoginFailureRepository failures;

    @Inject
    PasswordHashing hasher;

    @Inject
    Event<PersonalData> collecting;

    @Inject
    Event<AccountDeleting> deleting;

    /** Everything the portal keeps about the account of {@code email}: the profile, then each module's section. */
    public JsonObject export(String email) {
        Account account = accounts.findByEmail(email).orElseThrow(() -> new BusinessException("account.notFound"));
        PersonalData data = new PersonalData(account.getId(), account.getEmail(), account.getFullName(), account.getLanguage());
        collecting.fire(data);
        JsonObjectBuilder profile = Json.createObjectBuilder()
                .add("email", account.getEmail())
                .add("fullName", account.getFullName())
                .add("role", account.getRole().name())
                .add("status", account.getStatus().name())
                .add("language", account.getLanguage());
        optional(profile, "jobTitle", account.getJobTitle());
        optional(profile, "phone", account.getPhone());
        if (account.getMunicipality() != null) {
            profile.add("municipality", account.getMunicipality().getName())
                    .add("country", account.getMunicipality().getCountry().getCode());
        }
        optional(profile, "registeredAt", account.getCreatedAt());
        optional(profile, "confirmedAt", account.getConfirmedAt());
        // null: the account was made before consent dates were recorded
        profile.add("consentedAt", account.getConsentedAt() == null ? JsonValue.NULL : Json.createValue(account.getConsentedAt().toString()));
        return Json.createObjectBuilder()
                .add("exportedAt", Instant.now().toString())
                .add("controller", "ICLEI Africa, Cape Town, South Africa — iclei-africa@iclei.org")
                .add("account", profile)
                .addAll(Json.createObjectBuilder(data.sections()))
                .build();
    }

    /**
     * Deletes the account of {@code email} at its owner's request, after the password and an explicit confirmation.
     * The tool keeps the member's rows as "a former member"'s and refuses while they are their workspace's last lead
     * with colleagues; the last active administrator cannot leave this way. Nothing personal is logged.
     */
    public void delete(String email, String password, boolean confirmed) {
        Account account = accounts.findByEmail(email).orElseThrow(() -> new BusinessException("account.notFound"));
        if (password == null || !hasher.matches(password, account.getPasswordHash())) {
            throw new BusinessException(AccountService.WRONG_PASSWORD);
        }
        if (!confirmed) {
            throw new BusinessException(CONFIRM_REQUIRED);
        }
        if (account.getRole() == Role.ADMIN) {
            List<Account> admins = accounts.lockActiveAdministrators();
            if (admins.stream().allMatch(a -> a.getId().equals(account.getId()))) {
                throw new BusinessException(LAST_ADMINISTRATOR);
            }
        }
        long id = account.getId();
        String address = account.getEmail();
        deleting.fire(new AccountDeleting(id, address, account.getFullName()));
        failures.findByKey(bounded("account:" + address)).ifPresent(failures::remove);
        accounts.find(id).ifPresent(accounts::remove); // found again: the tool's bulk updates clear the persistence context
        LOG.info("An account was deleted at its owner's request");
    }

    private static String bounded(String key) {
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
