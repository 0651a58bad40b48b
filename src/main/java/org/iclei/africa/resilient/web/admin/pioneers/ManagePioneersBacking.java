package org.iclei.africa.resilient.web.admin.pioneers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.List;
import org.iclei.africa.resilient.admin.application.PioneerAdministration;
import org.iclei.africa.resilient.admin.application.PioneerForm;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.CountryNames;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.web.admin.AdminPage;
import org.iclei.africa.resilient.web.admin.Uploads;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /admin/pioneers}: the pioneer cities in a table; {@code ?edit=<id>} opens one in the dialog (its own URL),
 * {@code ?edit=new} or the Add button a new one. The dialog's form is multipart and posted whole (a photo can be
 * chosen with the texts); its version makes a stale save fail with who changed the city and when.
 */
@Named
@ViewScoped
public class ManagePioneersBacking extends AdminPage {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/admin/pioneers";

    @Inject
    transient PioneerAdministration pioneers;

    @Inject
    @Param(name = "edit")
    String edit;

    private List<PioneerCity> cities;
    private List<Country> countries;
    private PioneerForm form = new PioneerForm();
    /** The city open in the dialog, for its photos; null for a new one. */
    private PioneerCity editing;
    private boolean open;
    private transient Part photo;

    @PostConstruct
    void load() {
        cities = pioneers.all();
        countries = CountryNames.sortedByName(pioneers.countries(), languageCode());
        if ("new".equals(edit)) {
            startNew();
        } else if (edit != null && edit.matches("\\d{1,18}")) {
            pioneers.find(Long.parseLong(edit)).ifPresentOrElse(this::open, () -> refuse(PioneerAdministration.NOT_FOUND));
        } else if (edit != null) {
            refuse(PioneerAdministration.NOT_FOUND);
        }
    }

    private void refuse(String key) {
        refuse(new org.iclei.africa.resilient.shared.BusinessException(key));
    }

    private void open(PioneerCity city) {
        editing = city;
        form = PioneerForm.of(city);
        open = true;
    }

    /** The Add button: an empty form in the dialog. */
    public void startNew() {
        editing = null;
        form = new PioneerForm();
        open = true;
    }

    /** Saves the dialog (and adds the chosen photo); back to the table when it worked, the dialog stays open when not. */
    public void save() {
        boolean created = form.isNew();
        String name = form.getName();
        boolean saved = act(() -> {
            if (created) {
                form.setId(pioneers.create(form, Uploads.of(photo)));
            } else {
                pioneers.update(form, Uploads.of(photo));
            }
        }, created ? "admin.pioneers.created" : "admin.pioneers.saved", name);
        if (saved) {
            Faces.redirect(Faces.getRequestContextPath() + PATH);
        }
    }

    public void removePhoto(long photoId) {
        if (act(() -> pioneers.removePhoto(form.getId(), form.getVersion(), photoId), "admin.pioneers.photoRemoved")) {
            Faces.redirect(Faces.getRequestContextPath() + PATH + "?edit=" + form.getId());
        }
    }

    public void removeStaticPhoto() {
        if (act(() -> pioneers.removeStaticPhoto(form.getId(), form.getVersion()), "admin.pioneers.photoRemoved")) {
            Faces.redirect(Faces.getRequestContextPath() + PATH + "?edit=" + form.getId());
        }
    }

    /** Deletes a city of the table (after the administrator confirmed), as it was when the table was shown. */
    public void delete(PioneerCity city) {
        if (act(() -> pioneers.delete(city.getId(), city.getVersion()), "admin.pioneers.deleted", city.getName())) {
            cities = pioneers.all();
        }
    }

    public List<PioneerCity> getCities() {
        return cities;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED;
    }

    public PioneerForm getForm() {
        return form;
    }

    public PioneerCity getEditing() {
        return editing;
    }

    public boolean isOpen() {
        return open;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    /** The languages a city has texts in, e.g. "en, fr". */
    public String languagesOf(PioneerCity city) {
        return String.join(", ", Languages.SUPPORTED.stream().filter(l -> city.ownText(l).isPresent()).toList());
    }
}
