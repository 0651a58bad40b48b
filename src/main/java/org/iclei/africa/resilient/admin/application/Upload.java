package org.iclei.africa.resilient.admin.application;

import java.io.InputStream;

/**
 * A file an administrator chose in a form, not yet checked: the name and size the browser sent and its bytes.
 * The services check it ({@link org.iclei.africa.resilient.shared.upload.UploadCheck}) before storing anything.
 */
public record Upload(String fileName, long size, InputStream content) {
}
