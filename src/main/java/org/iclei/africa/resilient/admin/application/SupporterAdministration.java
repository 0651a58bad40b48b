package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.content.domain.MediaFile;
import org.iclei.africa.resilient.content.domain.MediaFileRepository;
import org.iclei.africa.resilient.content.domain.Supporter;
import org.iclei.africa.resilient.content.domain.SupporterRepository;
import org.iclei.africa.resilient.content.domain.SupporterText;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.shared.upload.FileKind;
import org.iclei.africa.resilient.shared.upload.UploadCheck;
import org.iclei.africa.resilient.shared.upload.UploadCheck.CheckedFile;

/**
 * The supporters in the back office: add, edit (name, kind, website limited to http/https, description per
 * language, logo) and delete, each change written to the audit log with its fields; every edit names the version
 * it was read at and is refused when the supporter changed since. Nothing refers to a supporter, so a delete only
 * needs the administrator's confirmation.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SupporterAdministration {

    public static final String RECORD = "supporter";

    @Inject
    SupporterRepository supporters;

    @Inject
    MediaFileRepository media;

    @Inject
    AuditLog audit;

    public List<Supporter> all() {
        return supporters.all();
    }

    public Optional<Supporter> find(long id) {
        return supporters.find(id);
    }

    /** Adds a supporter, with its logo when {@code logo} is not null; returns its id. */
    public long create(SupporterForm form, Upload logo) {
        Facts facts = facts(form);
        Supporter supporter = new Supporter(facts.name, form.getKind(), facts.website, null, facts.displayOrder);
        Changes changes = new Changes().field("name", null, facts.name).field("kind", null, form.getKind())
                .field("website", null, facts.website).field("displayOrder", null, facts.displayOrder);
        writeDescriptions(supporter, form.getDescriptions(), changes);
        supporters.add(supporter);
        replaceLogo(supporter, logo, changes);
        audit.record("supporter.create", RECORD, supporter.getId(), supporter.getName(), changes);
        return supporter.getId();
    }

    /** Saves the form over the supporter it was read from (refused if it changed since); a new logo replaces the old. */
    public void update(SupporterForm form, Upload logo) {
        Supporter supporter = load(form.getId());
        audit.checkVersion(RECORD, supporter.getId(), supporter.getVersion(), form.getVersion());
        Facts facts = facts(form);
        Changes changes = new Changes().field("name", supporter.getName(), facts.name).field("kind", supporter.getKind(), form.getKind())
                .field("website", supporter.getWebsite(), facts.website).field("displayOrder", supporter.getDisplayOrder(), facts.displayOrder);
        supporter.edit(facts.name, form.getKind(), facts.website, facts.displayOrder);
        writeDescriptions(supporter, form.getDescriptions(), changes);
        replaceLogo(supporter, logo, changes);
        supporters.markChanged(supporter);
        audit.record("supporter.update", RECORD, supporter.getId(), supporter.getName(), changes);
    }

    /** Shows no logo any more (an uploaded one is deleted). */
    public void removeLogo(long id, Long version) {
        Supporter supporter = load(id);
        audit.checkVersion(RECORD, id, supporter.getVersion(), version);
        String before = logoName(supporter);
        supporter.removeLogo().ifPresent(media::remove);
        audit.record("supporter.removeLogo", RECORD, id, supporter.getName(), new Changes().field("logo", before, null));
    }

    public void delete(long id, Long version) {
        Supporter supporter = load(id);
        audit.checkVersion(RECORD, id, supporter.getVersion(), version);
        Optional<MediaFile> logo = Optional.ofNullable(supporter.getLogoMedia());
        Changes changes = new Changes().field("name", supporter.getName(), null).field("website", supporter.getWebsite(), null);
        supporters.remove(supporter);
        logo.ifPresent(media::remove);
        audit.record("supporter.delete", RECORD, id, supporter.getName(), changes);
    }

    private Supporter load(Long id) {
        return Optional.ofNullable(id).flatMap(supporters::find).orElseThrow(() -> new BusinessException(PioneerAdministration.NOT_FOUND));
    }

    private record Facts(String name, String website, int displayOrder) {
    }

    private static Facts facts(SupporterForm form) {
        String name = RecordChecks.required(form.getName(), 200, "admin.supporters.nameRequired");
        if (form.getKind() == null) {
            throw new BusinessException("admin.supporters.kindRequired");
        }
        String website = RecordChecks.website(form.getWebsite());
        int order = RecordChecks.range(form.getDisplayOrder() == null ? 0 : form.getDisplayOrder(), 0, 9999, "admin.pioneers.orderInvalid");
        return new Facts(name, website, order);
    }

    private static void writeDescriptions(Supporter supporter, Map<String, String> descriptions, Changes changes) {
        for (String language : Languages.SUPPORTED) {
            String text = RecordChecks.optional(descriptions.get(language), 4000);
            String before = supporter.ownDescription(language).map(SupporterText::getDescription).orElse(null);
            changes.field("description." + language, before, text);
            if (text == null) {
                supporter.removeDescription(language);
            } else {
                supporter.putDescription(language, text);
            }
        }
    }

    private void replaceLogo(Supporter supporter, Upload logo, Changes changes) {
        if (logo == null) {
            return;
        }
        CheckedFile file = UploadCheck.check(logo.fileName(), logo.size(), logo.content(), FileKind.IMAGES);
        String before = logoName(supporter);
        MediaFile image = media.store(file.name(), file.mediaType(), file.content());
        supporter.useLogo(image).ifPresent(media::remove);
        changes.field("logo", before, file.name());
    }

    private static String logoName(Supporter supporter) {
        return supporter.getLogoMedia() != null ? supporter.getLogoMedia().getFileName() : supporter.getLogo();
    }
}
