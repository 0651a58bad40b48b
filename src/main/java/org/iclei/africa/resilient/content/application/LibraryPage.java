package org.iclei.africa.resilient.content.application;

import java.util.List;
import org.iclei.africa.resilient.content.domain.LibraryQuery;
import org.iclei.africa.resilient.content.domain.LibraryResource;

/** One page of library results with what pagination needs. */
public record LibraryPage(List<LibraryResource> items, long total, LibraryQuery query) {

    public int getPages() {
        return (int) Math.max(1, (total + LibraryQuery.PAGE_SIZE - 1) / LibraryQuery.PAGE_SIZE);
    }

    public int getPage() {
        return query.page();
    }

    public boolean isHasPrevious() {
        return query.page() > 1;
    }

    public boolean isHasNext() {
        return query.page() < getPages();
    }

    public List<LibraryResource> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }
}
