package org.iclei.africa.resilient.admin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.application.AccountConfirmed;
import org.iclei.africa.resilient.accounts.application.PasswordResetService;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountQuery;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BaseEntity;
import org.iclei.africa.resilient.shared.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of the back office's account actions, without a container: never the last active administrator, not
 * one's own account, the state each action needs, the version check, the confirmation event and the audit entries.
 */
class AccountAdministrationTest {

    private final Map<Long, Account> stored = new LinkedHashMap<>();
    private final List<String> audited = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private final List<Account> resetLinks = new ArrayList<>();
    private int locks;
    private AccountAdministration service;
    private Account admin;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        service = new AccountAdministration();
        service.accounts = new Accounts();
        service.audit = new RecordingAuditLog();
        service.passwordResets = new PasswordResetService() {
            @Override
            public void sendResetLink(Account account) {
                resetLinks.add(account);
            }
        };
        service.confirmed = proxy(Event.class, (name, args) -> "fire".equals(name) ? events.add(args[0]) : null);
        service.context = proxy(SessionContext.class, (name, args) -> "getCallerPrincipal".equals(name) ? (Principal) () -> "admin@localhost" : null);
        admin = add(1, "admin@localhost", Role.ADMIN, AccountStatus.ACTIVE);
    }

    @Test
    void theOnlyActiveAdministratorCannotLoseTheRoleNorBeDisabled() {
        BusinessException refused = assertThrows(BusinessException.class, () -> service.removeAdministrator(1, 0L));
        assertEquals(AccountAdministration.LAST_ADMINISTRATOR, refused.getMessageKey());
        assertEquals(Role.ADMIN, admin.getRole());
        assertTrue(locks > 0, "the administrators were locked before they were counted");

        Account other = add(2, "other.admin@example.org", Role.ADMIN, AccountStatus.ACTIVE);
        other.disable(); // a disabled administrator cannot sign in, so it does not count
        assertEquals(AccountAdministration.LAST_ADMINISTRATOR,
                assertThrows(BusinessException.class, () -> service.removeAdministrator(1, 0L)).getMessageKey());
        assertTrue(audited.isEmpty());
    }

    @Test
    void anAdministratorLosesTheRoleWhenAnotherRemainsAndTheirSessionsEnd() {
        Account other = add(2, "other.admin@example.org", Role.ADMIN, AccountStatus.ACTIVE);
        service.removeAdministrator(2, 0L);
        assertEquals(Role.MEMBER, other.getRole());
        assertNotNull(other.getCredentialsChangedAt(), "its sessions (with the old role) end");
        assertEquals(List.of("account.removeAdministrator 2 role:ADMIN>MEMBER"), audited);
        // and now admin@localhost is the last one again, even for themselves
        assertThrows(BusinessException.class, () -> service.removeAdministrator(1, 0L));
    }

    @Test
    void anAdministratorMayRemoveTheirOwnRoleWhenAnotherRemains() {
        add(2, "other.admin@example.org", Role.ADMIN, AccountStatus.ACTIVE);
        service.removeAdministrator(1, 0L);
        assertEquals(Role.MEMBER, admin.getRole());
    }

    @Test
    void nobodyDisablesTheirOwnAccount() {
        add(2, "other.admin@example.org", Role.ADMIN, AccountStatus.ACTIVE);
        assertEquals(AccountAdministration.OWN_ACCOUNT, assertThrows(BusinessException.class, () -> service.disable(1, 0L)).getMessageKey());
        assertEquals(AccountStatus.ACTIVE, admin.getStatus());
    }

    @Test
    void disablingAndEnablingAMemberIsAudited() {
        Account member = add(5, "member@example.org", Role.MEMBER, AccountStatus.ACTIVE);
        service.disable(5, 0L);
        assertEquals(AccountStatus.DISABLED, member.getStatus());
        assertEquals(AccountAdministration.ALREADY_DISABLED, assertThrows(BusinessException.class, () -> service.disable(5, 0L)).getMessageKey());
        service.enable(5, 0L);
        assertEquals(AccountStatus.ACTIVE, member.getStatus());
        assertEquals(AccountAdministration.NOT_DISABLED, assertThrows(BusinessException.class, () -> service.enable(5, 0L)).getMessageKey());
        assertEquals(List.of("account.disable 5 status:ACTIVE>DISABLED", "account.enable 5 status:DISABLED>ACTIVE"), audited);
    }

    @Test
    void aStalePageIsRefused() {
        add(5, "member@example.org", Role.MEMBER, AccountStatus.ACTIVE);
        assertEquals(AuditLog.CONFLICT, assertThrows(BusinessException.class, () -> service.disable(5, 3L)).getMessageKey());
        assertEquals(AuditLog.CONFLICT, assertThrows(BusinessException.class, () -> service.makeAdministrator(5, null)).getMessageKey());
        assertTrue(audited.isEmpty());
    }

    @Test
    void confirmingByHandActivatesTheAccountOnceAndFiresTheConfirmationEvent() {
        Account member = add(5, "member@example.org", Role.MEMBER, AccountStatus.UNCONFIRMED);
        service.confirmByHand(5, 0L);
        assertEquals(AccountStatus.ACTIVE, member.getStatus());
        assertNotNull(member.getConfirmedAt());
        assertEquals(List.of(new AccountConfirmed(5)), events);
        assertTrue(audited.get(0).startsWith("account.confirm 5 status:UNCONFIRMED>ACTIVE confirmedAt:null>"), audited.get(0));
        assertEquals(AccountAdministration.ALREADY_CONFIRMED, assertThrows(BusinessException.class, () -> service.confirmByHand(5, 0L)).getMessageKey());
        assertEquals(1, events.size());
    }

    @Test
    void onlyAnActiveAccountGetsAResetLinkOrTheAdministratorRole() {
        Account member = add(5, "member@example.org", Role.MEMBER, AccountStatus.UNCONFIRMED);
        assertEquals(AccountAdministration.NOT_ACTIVE, assertThrows(BusinessException.class, () -> service.sendResetLink(5)).getMessageKey());
        assertEquals(AccountAdministration.NOT_ACTIVE, assertThrows(BusinessException.class, () -> service.makeAdministrator(5, 0L)).getMessageKey());
        service.confirmByHand(5, 0L);
        service.sendResetLink(5);
        assertEquals(List.of(member), resetLinks);
        service.makeAdministrator(5, 0L);
        assertEquals(Role.ADMIN, member.getRole());
        assertEquals(AccountAdministration.ALREADY_ADMINISTRATOR, assertThrows(BusinessException.class, () -> service.makeAdministrator(5, 0L)).getMessageKey());
        assertEquals("account.makeAdministrator 5 role:MEMBER>ADMIN", audited.get(audited.size() - 1));
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertEquals(AccountAdministration.NOT_FOUND, assertThrows(BusinessException.class, () -> service.account(99)).getMessageKey());
        assertEquals(AccountAdministration.NOT_FOUND, assertThrows(BusinessException.class, () -> service.disable(99, 0L)).getMessageKey());
    }

    @Test
    void changingTheRoleToTheSameRoleChangesNothing() {
        Account member = add(5, "member@example.org", Role.MEMBER, AccountStatus.ACTIVE);
        member.changeRole(Role.MEMBER, Instant.now());
        assertNull(member.getCredentialsChangedAt());
    }

    private Account add(long id, String email, Role role, AccountStatus status) {
        Account account = new Account(email, "Person " + id, "hash", role, AccountStatus.UNCONFIRMED, "en");
        if (status != AccountStatus.UNCONFIRMED) {
            account.confirm(Instant.now());
        }
        if (status == AccountStatus.DISABLED) {
            account.disable();
        }
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        stored.put(id, account);
        return account;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.util.function.BiFunction<String, Object[], Object> handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> handler.apply(method.getName(), args));
    }

    private final class Accounts implements AccountRepository {
        @Override
        public Optional<Account> findByEmail(String email) {
            return stored.values().stream().filter(a -> a.getEmail().equals(Account.normaliseEmail(email))).findFirst();
        }

        @Override
        public Optional<Account> find(long id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public void add(Account account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(Account account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countByRole(Role role) {
            return stored.values().stream().filter(a -> a.getRole() == role).count();
        }

        @Override
        public List<String> emailsByRoleAndStatus(Role role, AccountStatus status) {
            return List.of();
        }

        @Override
        public List<Account> search(AccountQuery query, AccountQuery.Sort sort, boolean ascending, int first, int max) {
            return List.copyOf(stored.values());
        }

        @Override
        public long count(AccountQuery query) {
            return stored.size();
        }

        @Override
        public List<Account> lockActiveAdministrators() {
            locks++;
            return stored.values().stream().filter(a -> a.getRole() == Role.ADMIN && a.getStatus() == AccountStatus.ACTIVE).toList();
        }
    }

    /** Writes each entry as "action id field:from>to ..."; versions of the test accounts are 0. */
    private final class RecordingAuditLog extends AuditLog {
        @Override
        public void record(String action, String recordType, Object recordId, String label, Changes changes) {
            StringBuilder line = new StringBuilder(action).append(' ').append(recordId);
            changes.list().forEach(c -> line.append(' ').append(c.getField()).append(':').append(c.getOldValue()).append('>').append(c.getNewValue()));
            audited.add(line.toString());
        }

        @Override
        public void checkVersion(String recordType, Object recordId, long current, Long expected) {
            if (expected == null || expected != current) {
                throw new BusinessException(CONFLICT, "someone", Instant.now());
            }
        }
    }
}
