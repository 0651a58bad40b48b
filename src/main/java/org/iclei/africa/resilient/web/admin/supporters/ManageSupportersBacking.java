package org.iclei.africa.resilient.web.admin.supporters;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.List;
import org.iclei.africa.resilient.admin.application.PioneerAdministration;
import org.iclei.africa.resilient.admin.application.SupporterAdministration;
import org.iclei.africa.resilient.admin.application.SupporterForm;
import org.iclei.africa.resilient.content.domain.Supporter;
import org.iclei.africa.resilient.content.domain.SupporterKind;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.web.admin.AdminPage;
import org.iclei.africa.resilient.web.admin.Uploads;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /admin/supporters}: the supporters in a table; {@code ?edit=<id>} opens one in the dialog (its own URL),
 * {@code ?edit=new} or the Add button a new one. The dialog's form is multipart (a logo can be chosen with the
 * texts) and carries the version it was read at.
 */
@Named
@ViewScoped
public class ManageSupportersBacking extends AdminPage {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/admin/supporters";

    @Inject
    transient SupporterAdministration supporters;

    @Inject
    @Param(name = "edit")
    String edit;

    private List<Supporter> all;
    private SupporterForm form = new SupporterForm();
    private Supporter editing;
    private boolean open;
    private transient Part logo;

    @PostConstruct
    void load() {
        all = supporters.all();
        if ("new".equals(edit)) {
            startNew();
        } else if (edit != null && edit.matches("\\d{1,18}")) {
            supporters.find(Long.parseLong(edit)).ifPresentOrElse(this::open,
                    () -> refuse(new BusinessException(PioneerAdministration.NOT_FOUND)));
        } else if (edit != null) {
            refuse(new BusinessException(PioneerAdministration.NOT_FOUND));
        }
    }

    private void open(Supporter supporter) {
        editing = supporter;
        form = SupporterForm.of(supporter);
        open = true;
    }

    public void startNew() {
        editing = null;
        form = new SupporterForm();
        open = true;
    }

    public void save() {
        boolean created = form.isNew();
        String name = form.getName();
        boolean saved = act(() -> {
            if (created) {
                form.setId(supporters.create(form, Uploads.of(logo)));
            } else {
                supporters.update(form, Uploads.of(logo));
            }
        }, created ? "admin.supporters.created" : "admin.supporters.saved", name);
        if (saved) {
            Faces.redirect(Faces.getRequestContextPath() + PATH);
        }
    }

    public void removeLogo() {
        if (act(() -> supporters.removeLogo(form.getId(), form.getVersion()), "admin.supporters.logoRemoved")) {
            Faces.redirect(Faces.getRequestContextPath() + PATH + "?edit=" + form.getId());
        }
    }

    public void delete(Supporter supporter) {
        if (act(() -> supporters.delete(supporter.getId(), supporter.getVersion()), "admin.supporters.deleted", supporter.getName())) {
            all = supporters.all();
        }
    }

    public List<Supporter> getSupporters() {
        return all;
    }

    public SupporterKind[] getKinds() {
        return SupporterKind.values();
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED;
    }

    public SupporterForm getForm() {
        return form;
    }

    public Supporter getEditing() {
        return editing;
    }

    public boolean isOpen() {
        return open;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
