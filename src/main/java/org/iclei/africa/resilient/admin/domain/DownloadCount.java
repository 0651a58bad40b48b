package org.iclei.africa.resilient.admin.domain;

/** A resource of the library and how often its file was downloaded. */
public record DownloadCount(long resourceId, String title, long downloads) {

    public long getResourceId() {
        return resourceId;
    }

    public String getTitle() {
        return title;
    }

    public long getDownloads() {
        return downloads;
    }
}
