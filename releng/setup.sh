# Shared by ./perenne, releng/test and releng/regenerate-model (sourced, not run).
# SPDX-License-Identifier: EPL-2.0

# Selects a JDK of version 21 or newer: $JAVA_HOME if suitable, else the newest one under
# /usr/lib/jvm, else the java on the PATH. Stops with a message saying what to install.
perenne_select_java() {
    local candidate version best="" best_version=0
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        version="$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
        version="${version%%.*}"
        [ -n "$version" ] || continue
        if [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
            best="$candidate"; best_version="$version"
        fi
    done
    if [ -z "$best" ]; then
        echo "Pérenne needs a JDK 21 or newer (found none under \$JAVA_HOME, /usr/lib/jvm or the PATH)." >&2
        echo "Install one, for example: apt-get install openjdk-21-jdk (or Temurin 21+), then run again." >&2
        exit 1
    fi
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
}

# Makes sure the Debian packages in "$@" are installed: installs them when running as root,
# otherwise stops with the exact apt-get command to run.
perenne_require_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "Cannot check system packages (no dpkg). Pérenne needs: $*" >&2
        return 0
    fi
    if [ "$(id -u)" -eq 0 ]; then
        echo "Installing system packages: ${missing[*]}" >&2
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    else
        echo "Pérenne needs these system packages: ${missing[*]}" >&2
        echo "Install them with: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
}

# Packages the desktop application needs (GTK 3) and the ones the tests need (a virtual display, checkers
# of the macOS Info.plist and of the Linux menu entry, LibreOffice Calc and pdftotext that open the exports).
# The build makes the application icon (PNG, ICO, ICNS) from its SVG source with Debian's tools.
PERENNE_BUILD_PACKAGES=(librsvg2-bin icoutils icnsutils)
PERENNE_RUNTIME_PACKAGES=(libgtk-3-0 "${PERENNE_BUILD_PACKAGES[@]}")
PERENNE_TEST_PACKAGES=(libgtk-3-0 xvfb xauth dbus-x11 x11-utils imagemagick libxml2-utils desktop-file-utils
    libreoffice-calc-nogui poppler-utils chromium chromium-driver
    "${PERENNE_BUILD_PACKAGES[@]}")
