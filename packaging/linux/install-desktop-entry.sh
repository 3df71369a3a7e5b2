#!/bin/sh
# Adds Odyssee Sync Assistant to this user's application menu, from the unpacked bundle this
# script sits in: the desktop entry (pointing at this folder's odyssee-sync), its icon, and
# odyssee-sync on the PATH (~/.local/bin). Run it again after moving the folder.
# To undo: rm ~/.local/share/applications/odyssee-sync.desktop \
#   ~/.local/share/icons/hicolor/256x256/apps/odyssee-sync.png ~/.local/bin/odyssee-sync
set -eu
bundle=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
resources="$bundle/_internal/resources"

mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps" "$HOME/.local/bin"
cp "$resources/icons/odyssee-sync.png" "$data/icons/hicolor/256x256/apps/odyssee-sync.png"
# Exec names the program by its full path (quoted, as the desktop entry format wants).
sed "s|^Exec=odyssee-sync\$|Exec=\"$bundle/odyssee-sync\"|" "$resources/odyssee-sync.desktop" \
  > "$data/applications/odyssee-sync.desktop"
ln -sf "$bundle/odyssee-sync" "$HOME/.local/bin/odyssee-sync"
echo "Odyssee Sync Assistant is in the application menu; odyssee-sync is in ~/.local/bin."
