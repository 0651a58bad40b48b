package org.iclei.africa.resilient.web.admin.accounts;

import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The model of {@code /admin/accounts}' lazy table: PrimeFaces asks it for the count and for one page at a time,
 * each read, sorted and counted in the database with the filter of the page ({@link AccountsBacking#query()}).
 */
public class AccountRows extends LazyDataModel<Account> {

    private static final long serialVersionUID = 1L;

    private final AccountsBacking page;

    AccountRows(AccountsBacking page) {
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, page.administration().count(page.query()));
    }

    @Override
    public List<Account> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        AccountQuery.Sort sort = AccountQuery.Sort.REGISTERED;
        boolean ascending = false; // newest first unless a column is chosen
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() != null && meta.getOrder() != SortOrder.UNSORTED) {
                sort = sortOf(meta.getField());
                ascending = meta.getOrder() == SortOrder.ASCENDING;
            }
        }
        return page.administration().search(page.query(), sort, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(Account account) {
        return String.valueOf(account.getId());
    }

    @Override
    public Account getRowData(String rowKey) {
        List<Account> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(a -> String.valueOf(a.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    static AccountQuery.Sort sortOf(String field) {
        if (field == null) {
            return AccountQuery.Sort.REGISTERED;
        }
        return switch (field) {
            case "fullName" -> AccountQuery.Sort.NAME;
            case "email" -> AccountQuery.Sort.EMAIL;
            case "status" -> AccountQuery.Sort.STATUS;
            default -> AccountQuery.Sort.REGISTERED;
        };
    }
}
