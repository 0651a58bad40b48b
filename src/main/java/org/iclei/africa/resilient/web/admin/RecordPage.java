package org.iclei.africa.resilient.web.admin;

import org.iclei.africa.resilient.admin.application.InUse;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * A back-office page of records that may be in use elsewhere: a refused delete ({@link InUse}) says, in the
 * administrator's language, how many records still use the one to delete.
 */
public abstract class RecordPage extends AdminPage {

    private static final long serialVersionUID = 1L;

    @Override
    protected void refuse(BusinessException e) {
        Object[] arguments = e.getArguments();
        if (arguments.length == 1 && arguments[0] instanceof InUse use) {
            super.refuse(new BusinessException(e.getMessageKey(), text(use.key(), use.counts().toArray())));
        } else {
            super.refuse(e);
        }
    }
}
