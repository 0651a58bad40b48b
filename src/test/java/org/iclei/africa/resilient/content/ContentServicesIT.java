package org.iclei.africa.resilient.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.iclei.africa.resilient.content.application.ContactForm;
import org.iclei.africa.resilient.content.application.ContactService;
import org.iclei.africa.resilient.content.application.LibraryService;
import org.iclei.africa.resilient.content.application.PageService;
import org.iclei.africa.resilient.content.domain.ContactMessage;
import org.iclei.africa.resilient.content.domain.ContactRateLimit;
import org.iclei.africa.resilient.content.domain.LibraryQuery;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.Localized;
import org.iclei.africa.resilient.content.domain.PageContent;
import org.iclei.africa.resilient.content.infrastructure.InitialContentLoader;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.ContentRevision;
import org.iclei.africa.resilient.shared.mail.MailStatus;
import org.iclei.africa.resilient.shared.mail.OutgoingMail;
import org.iclei.africa.resilient.support.PortalDeployment;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The content services in the deployed WAR (Arquillian, a Payara Micro of its own with the initial content):
 * page texts falling back to English, contact messages with their mails and rate limit, counted downloads.
 */
@ExtendWith(ArquillianExtension.class)
@RequiresDatabase
class ContentServicesIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.of(ContentServicesIT.class);
    }

    @Inject
    EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Inject
    PageService pageService;

    @Inject
    ContactService contacts;

    @Inject
    LibraryService library;

    @Inject
    ContentRevision revision;

    @Test
    void aCommittedChangeCountsTheContentRevisionUpAtOnceAndARolledBackOneDoesNot() throws Exception {
        long before = revision.current().orElseThrow();
        tx.begin();
        revision.changed();
        tx.rollback();
        assertEquals(before, revision.current().orElseThrow(), "a rolled-back change leaves the kept pages");
        tx.begin();
        revision.changed();
        tx.commit();
        assertEquals(before + 1, revision.current().orElseThrow(), "read again at once after the commit, not a second later");
        assertEquals(before + 1, ((Number) em.createNativeQuery("select revision from content_revision where id = 1").getSingleResult()).longValue());
    }

    @Test
    void aPageMissingInTheVisitorsLanguageFallsBackToEnglishAndSaysSo() throws Exception {
        String slug = "fallback-" + (System.nanoTime() % 100000);
        tx.begin();
        em.persist(new PageContent(slug, "en", "Only in English", "Summary", "<p>Body</p>"));
        em.persist(new PageContent(slug, "fr", "Aussi en français", "Résumé", "<p>Corps</p>"));
        tx.commit();
        Localized<PageContent> portuguese = pageService.page(slug, "pt").orElseThrow();
        assertTrue(portuguese.fallback());
        assertEquals("en", portuguese.language());
        assertEquals("Only in English", portuguese.value().getTitle());
        Localized<PageContent> french = pageService.page(slug, "fr").orElseThrow();
        assertFalse(french.fallback());
        assertEquals("Aussi en français", french.value().getTitle());
        assertTrue(pageService.page("no-such-page", "en").isEmpty());
    }

    @Inject
    InitialContentLoader initialContent;

    @Test
    void aPageOfTheRealContentThatAnOlderDatabaseLacksIsAddedAndAnEditedOneIsLeftAlone() throws Exception {
        tx.begin();
        em.createQuery("delete from PageContent p where p.slug = 'privacy'").executeUpdate();
        PageContent about = em.createNamedQuery("PageContent.find", PageContent.class).setParameter("slug", "about")
                .setParameter("language", "en").getSingleResult();
        String title = about.getTitle();
        about.edit("About us (edited)", about.getSummary(), about.getBody());
        tx.commit();
        try {
            addsOnlyWhatIsMissing();
        } finally { // on PostgreSQL the shared portal's tests read the same database
            tx.begin();
            PageContent edited = em.find(PageContent.class, about.getId());
            edited.edit(title, edited.getSummary(), edited.getBody());
            tx.commit();
        }
    }

    private void addsOnlyWhatIsMissing() {

        assertEquals(List.of("privacy"), initialContent.addMissingPages(), "only the page that is missing altogether");
        assertEquals(3, pageService.page("privacy", "pt").stream().count() + pageService.page("privacy", "fr").stream().count()
                + pageService.page("privacy", "en").stream().count());
        assertFalse(pageService.page("privacy", "fr").orElseThrow().fallback(), "in every language");
        assertEquals("About us (edited)", pageService.page("about", "en").orElseThrow().value().getTitle(), "an edited page stays");
        assertEquals(List.of(), initialContent.addMissingPages(), "nothing twice");
    }

    @Test
    void aContactMessageIsStoredWithAMailForEveryAdministrator() {
        ContactForm form = new ContactForm();
        form.setName("Luisa Tembe");
        form.setEmail("luisa@cmmaputo.gov.mz");
        form.setSubject("Pedido de adesão " + System.nanoTime());
        form.setMessage("Gostaríamos de aderir com a nossa equipa.");
        String client = "it-" + java.util.UUID.randomUUID();
        contacts.receive(form, client, "pt");

        ContactMessage stored = em.createQuery("select m from ContactMessage m where m.subject = :s", ContactMessage.class)
                .setParameter("s", form.getSubject()).getSingleResult();
        assertEquals("luisa@cmmaputo.gov.mz", stored.getEmail());
        assertEquals("pt", stored.getLanguage());
        assertFalse(stored.isHandled());
        List<OutgoingMail> mails = em.createQuery("select m from OutgoingMail m where m.subject = :s", OutgoingMail.class)
                .setParameter("s", "[Resilient Africa] " + form.getSubject()).getResultList();
        assertEquals(1, mails.size(), "one administrator, one mail");
        assertTrue(mails.get(0).getBody().contains("/admin/messages/message?id=" + stored.getId()), "it links to the message in the back office");
        assertEquals(MailStatus.PENDING, mails.get(0).getStatus());
        assertTrue(mails.get(0).getBody().contains("Gostaríamos de aderir"));

        for (int i = 1; i < ContactRateLimit.MAX_MESSAGES; i++) {
            contacts.receive(form, client, "pt");
        }
        BusinessException refused = assertThrows(BusinessException.class, () -> contacts.receive(form, client, "pt"));
        assertEquals(ContactService.TOO_MANY, refused.getMessageKey());
    }

    @Test
    void anInvalidContactMessageIsRefusedByTheServiceToo() {
        ContactForm form = new ContactForm();
        form.setName("x");
        assertThrows(jakarta.ejb.EJBException.class, () -> contacts.receive(form, "it-" + java.util.UUID.randomUUID(), "en"));
    }

    @Test
    void aDownloadIsCounted() {
        LibraryResource file = library.search(LibraryQuery.of(null, null, null, null, null, null)).items().stream()
                .filter(LibraryResource::isDownload).findFirst().orElseThrow();
        long before = em.find(LibraryResource.class, file.getId()).getDownloadCount();
        LibraryService.Download download = library.download(file.getId()).orElseThrow();
        assertEquals(file.getFileName(), download.fileName());
        assertEquals(file.getFileSize().longValue(), download.content().length);
        em.clear();
        assertEquals(before + 1, em.find(LibraryResource.class, file.getId()).getDownloadCount());
        assertTrue(library.download(-1).isEmpty());
    }
}
