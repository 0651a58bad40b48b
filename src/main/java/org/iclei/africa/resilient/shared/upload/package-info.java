/**
 * The checks every uploaded file passes (size, kind recognised from the content, a clean name): {@link
 * org.iclei.africa.resilient.shared.upload.UploadCheck}. Used by the back office for resources, photos and logos.
 */
package org.iclei.africa.resilient.shared.upload;
