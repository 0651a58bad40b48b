package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.iclei.africa.resilient.shared.BusinessException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * What the worksheet pages of the steps share: what the service shows of the step, the row opened for
 * editing with {@code ?edit=<id>} (on a plain visit, not when a form is posted), and the deletion of the
 * row a small form per row posts as {@code deleteId} and {@code deleteVersion}.
 *
 * @param <V> what the service shows of the step
 */
public abstract class StepPage<V> extends ToolPage {

    @Inject
    @Param
    Long edit;

    @Inject
    @Param
    Long deleteId;

    @Inject
    @Param
    Long deleteVersion;

    private V view;

    @PostConstruct
    void load() {
        try {
            view = view(email());
            if (Faces.isPostback()) {
                restorePosted();
            } else if (edit != null) {
                edit(email(), edit);
            }
        } catch (BusinessException e) {
            error(text(e));
        }
    }

    /** What the service shows of the step to this member. */
    protected abstract V view(String email);

    /** Fills the form with the row to edit. */
    protected abstract void edit(String email, long id);

    /** On a post, what the page must know of the posted form before Faces runs its button; nothing by default. */
    protected void restorePosted() {
    }

    /** Deletes the posted row of the posted version. */
    protected void deleteRow(RowDeletion deletion, String doneKey) {
        actOn(deleteVersion == null ? null : deleteId, () -> deletion.delete(deleteId, deleteVersion), doneKey);
    }

    /** A service's deletion of a row of a given version. */
    @FunctionalInterface
    protected interface RowDeletion {
        void delete(long id, long version);
    }

    public V getView() {
        return view;
    }
}
