package org.iclei.africa.resilient.accounts.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.LoginFailureRepository;
import org.iclei.africa.resilient.accounts.domain.PasswordHashing;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BaseEntity;
import org.iclei.africa.resilient.shared.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deleting one's own account, without a container: the password, the confirmation, never the last active administrator. */
class DataRightsServiceTest {

    private final Map<String, Account> stored = new LinkedHashMap<>();
    private final List<Object> events = new ArrayList<>();
    private DataRightsService service;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        service = new DataRightsService();
        service.accounts = proxy(AccountRepository.class, (name, args) -> switch (name) {
            case "findByEmail" -> Optional.ofNullable(stored.get((String) args[0]));
            case "find" -> stored.values().stream().filter(a -> a.getId().equals(args[0])).findFirst();
            case "remove" -> stored.remove(((Account) args[0]).getEmail());
            case "lockActiveAdministrators" -> stored.values().stream()
                    .filter(a -> a.getRole() == Role.ADMIN && a.canSignIn()).toList();
            default -> null;
        });
        service.failures = proxy(LoginFailureRepository.class, (name, args) -> "findByKey".equals(name) ? Optional.empty() : null);
        service.hasher = proxy(PasswordHashing.class, (name, args) -> "matches".equals(name) ? ("hash-" + args[0]).equals(args[1]) : null);
        service.deleting = proxy(Event.class, (name, args) -> "fire".equals(name) ? events.add(args[0]) : null);
    }

    @Test
    void aWrongPasswordOrAMissingConfirmationDeletesNothing() {
        add(1, "member@example.org", Role.MEMBER);
        assertEquals(AccountService.WRONG_PASSWORD, refusal("member@example.org", "guess", true));
        assertEquals(DataRightsService.CONFIRM_REQUIRED, refusal("member@example.org", "secret", false));
        assertTrue(stored.containsKey("member@example.org") && events.isEmpty());
    }

    @Test
    void aMemberIsDeletedAfterTheOtherModulesLetGo() {
        add(1, "member@example.org", Role.MEMBER);
        service.delete("member@example.org", "secret", true);
        assertEquals(List.of(new AccountDeleting(1, "member@example.org", "Person 1")), events);
        assertTrue(stored.isEmpty());
    }

    @Test
    void theLastActiveAdministratorCannotDeleteItselfButOneOfTwoCan() {
        add(1, "admin@localhost", Role.ADMIN);
        assertEquals(DataRightsService.LAST_ADMINISTRATOR, refusal("admin@localhost", "secret", true));
        add(2, "second.admin@example.org", Role.ADMIN);
        service.delete("admin@localhost", "secret", true);
        assertEquals(List.of("second.admin@example.org"), List.copyOf(stored.keySet()));
    }

    private String refusal(String email, String password, boolean confirmed) {
        return assertThrows(BusinessException.class, () -> service.delete(email, password, confirmed)).getMessageKey();
    }

    private void add(long id, String email, Role role) {
        Account account = new Account(email, "Person " + id, "hash-secret", role, AccountStatus.UNCONFIRMED, "en");
        account.confirm(Instant.now());
        try {
            var field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        stored.put(email, account);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, BiFunction<String, Object[], Object> handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> handler.apply(method.getName(), args));
    }
}
