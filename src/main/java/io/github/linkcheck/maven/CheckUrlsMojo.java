package io.github.linkcheck.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * The check, for ad-hoc use in any folder, with or without a POM: {@code mvn
 * io.github.linkcheck:linkcheck-maven-plugin:VERSION:check-urls -Dlinkcheck.urls=URL1,URL2}, VERSION being this
 * plugin's. It checks and fails
 * as {@code check} does. Maven runs a goal that needs no project once per build, for the top-level project only,
 * so in a project, and above all in a multi-module build, use {@code check}.
 */
@Mojo(name = "check-urls", threadSafe = true, requiresProject = false)
public class CheckUrlsMojo extends CheckMojo {

    @Inject
    public CheckUrlsMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }
}
