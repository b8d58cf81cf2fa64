// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.preferences;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** Credentials of the container engines: client certificates for Docker over TLS, and the kubeconfig. */
public class EnginesPreferencePage extends SettingsPage {
	private Text certificates;
	private Text kubeconfig;

	public EnginesPreferencePage() {
		setDescription("How the studio reaches container engines. Leave a field empty for the default of the "
				+ "command line (DOCKER_CERT_PATH or ~/.docker; KUBECONFIG or ~/.kube/config).");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
		certificates = field(page, "Docker TLS &certificates:", StudioPreferences.ENGINE_CERTIFICATES,
				"Folder with ca.pem, cert.pem and key.pem for engines reached at tcp://host:2376 with tls");
		browseFolder(page, certificates, "The folder with ca.pem, cert.pem and key.pem");
		kubeconfig = field(page, "&Kubeconfig:", StudioPreferences.KUBECONFIG,
				"The kubeconfig whose contexts name the Kubernetes endpoints of the providers");
		browseFile(page, kubeconfig, "Bro&wse...");
		certificates.setText(StudioPreferences.engineCertificates().map(Path::toString).orElse(""));
		kubeconfig.setText(StudioPreferences.kubeconfig().map(Path::toString).orElse(""));
		return page;
	}

	@Override
	Optional<String> problem() {
		return SettingChecks.certificateFolder(certificates.getText()).or(() -> SettingChecks.kubeconfig(kubeconfig.getText()));
	}

	@Override
	protected void performDefaults() {
		certificates.setText("");
		kubeconfig.setText("");
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		store(StudioPreferences.ENGINE_CERTIFICATES, certificates);
		store(StudioPreferences.KUBECONFIG, kubeconfig);
		return true;
	}
}
