/**
 * The checks every uploaded file passes (size, kind recognised from the content, a clean name): {@link
 * org.iclei.africa.resilient.shared.upload.UploadCheck}. Used by the back office for resources, photos and logos (20 MB),
 * and by the tool for the evidence members attach to their plan's rows ({@code UploadCheck.TEN_MB}).
 */
package org.iclei.africa.resilient.shared.upload;
