# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by build-aux/run and build-aux/check: installs what is missing and builds.
# Source it; it defines functions and changes nothing by itself.

FLOORLEAD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What building Floorlead needs.
BUILD_PACKAGES=(
  meson ninja-build pkg-config gcc libc6-dev gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libepoxy-dev
  libsqlite3-dev libjson-glib-dev libcrypt-dev
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev libsoup-3.0-dev libsecret-1-dev
  desktop-file-utils appstream
)

# What running it needs beyond the libraries above.
RUN_PACKAGES=(
  libglib2.0-bin glib-networking locales dbus dbus-user-session gnome-keyring
  adwaita-icon-theme fonts-cantarell fonts-wqy-microhei
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  gstreamer1.0-libav espeak-ng
)

# What only the test suite needs: a real window under Xvfb, driven through AT-SPI.
TEST_PACKAGES=(
  xvfb xauth dbus-x11 at-spi2-core
  python3 python3-dogtail python3-gi gir1.2-atspi-2.0 gir1.2-gtk-3.0
  imagemagick sqlite3 gstreamer1.0-tools xdotool x11-utils openssl
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    sudo "$@"
  fi
}

install_packages() {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing: ${missing[*]}" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# The UI speaks the locale's language; Chinese needs its locale generated.
ensure_locales() {
  local wanted=(en_US.UTF-8 zh_CN.UTF-8)
  local locale changed=0
  for locale in "${wanted[@]}"; do
    if ! locale -a 2>/dev/null | grep -qi "^${locale%.UTF-8}.utf8$"; then
      as_root sed -i "s/^# *\(${locale} UTF-8\)/\1/" /etc/locale.gen
      changed=1
    fi
  done
  if [ $changed -eq 1 ]; then
    as_root locale-gen >&2
  fi
}

# build_floorlead BUILD_DIR [meson options…]
build_floorlead() {
  local build_dir=$1
  shift
  if [ ! -f "$build_dir/build.ninja" ]; then
    meson setup "$build_dir" "$FLOORLEAD_ROOT" "$@" >&2
  else
    meson configure "$build_dir" "$@" >&2
  fi
  ninja -C "$build_dir" >&2
}
