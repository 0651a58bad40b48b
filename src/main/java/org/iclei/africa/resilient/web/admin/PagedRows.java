package org.iclei.africa.resilient.web.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table's rows read a page at a time from a service, in the service's own order (the table
 * neither sorts nor filters them itself: the page's filter is part of the service call).
 * <pre>
 * rows = new PagedRows&lt;&gt;((first, max) -&gt; inbox.list(filter, first, max), () -&gt; inbox.count(filter));
 * </pre>
 */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page: from {@code first} (0-based), at most {@code max} rows. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> load(int first, int max);
    }

    /** How many rows there are in all. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    private final Page<T> page;
    private final Count count;

    public PagedRows(Page<T> page, Count count) {
        this.page = page;
        this.count = count;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(System.identityHashCode(row)); // no selection in these tables
    }
}
