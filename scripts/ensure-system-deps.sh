#!/usr/bin/env bash
# The Debian packages that building and testing the site need, in one list, and their installation.
#
#   bash scripts/ensure-system-deps.sh        # everything `npm test` needs (run by `npm test`, `.ci/run`)
#   bash scripts/ensure-system-deps.sh build  # what the build needs for the share images and the PDF
#                                             # (run by `npm start`; never stops it)
#
# Missing packages are installed with apt-get when run as root (as CI is); otherwise the script prints
# the exact command to run and, for `npm test`, stops. REPORT_SKIP_SYSTEM_DEPS=1 skips the check (for a
# machine that has the programs elsewhere: point CHROMIUM_PATH / FIREFOX_PATH at them).
set -euo pipefail

# One line per Debian package:
#   package | needed by (build: the build and the tests; test: the tests) | also present if (a command
#   or path, `font:<family>` for a font, - for nothing) | what for
PACKAGES="
chromium             | build | ${CHROMIUM_PATH:-chromium}   | share images, the PDF, the Playwright tests
fonts-noto-cjk       | build | font:Noto Sans CJK SC        | Chinese text in the browsers
fonts-wqy-zenhei     | build | font:WenQuanYi Zen Hei       | TrueType CJK font of the PDF's running header
firefox-esr          | test  | ${FIREFOX_PATH:-firefox-esr} | the Firefox pass (npm run test:firefox)
poppler-utils        | test  | pdftotext                    | the PDF checks (pdfinfo, pdffonts, pdftotext)
default-jre-headless | test  | java                         | the Nu Html Checker (vnu-jar)
nginx                | test  | -                            | the tests of deploy/nginx/ (npm run test:e2e:nginx)
libnginx-mod-http-brotli-static | test | /usr/lib/nginx/modules/ngx_http_brotli_static_module.so | serving the build's .br files
"

scope="${1:-test}"
case "$scope" in
  build | test) ;;
  *)
    echo "usage: $0 [build|test]" >&2
    exit 2
    ;;
esac
[[ "${REPORT_SKIP_SYSTEM_DEPS:-}" == 1 ]] && exit 0

trim() { sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' <<<"$1"; }

installed() {
  local pkg="$1" alt="$2"
  if command -v dpkg-query >/dev/null 2>&1 &&
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    return 0
  fi
  case "$alt" in
    -) return 1 ;;
    font:*) command -v fc-list >/dev/null 2>&1 && fc-list "${alt#font:}" family | grep -q . ;;
    *) command -v "$alt" >/dev/null 2>&1 || [[ -x "$alt" ]] ;;
  esac
}

missing=()
while IFS='|' read -r pkg needed alt _why; do
  pkg="$(trim "$pkg")"
  [[ -z "$pkg" ]] && continue
  needed="$(trim "$needed")"
  [[ "$scope" == build && "$needed" != build ]] && continue
  installed "$pkg" "$(trim "$alt")" || missing+=("$pkg")
done <<<"$PACKAGES"

((${#missing[@]} == 0)) && exit 0

command="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "[system-deps] installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

if [[ "$scope" == build ]]; then
  echo "[system-deps] missing ${missing[*]}: the build will skip the share images and the PDF." >&2
  echo "[system-deps] to have them: sudo sh -c '$command'" >&2
  exit 0
fi
echo "[system-deps] the tests need these Debian packages: ${missing[*]}" >&2
echo "[system-deps] install them, then run the tests again:" >&2
echo "" >&2
echo "    sudo sh -c '$command'" >&2
echo "" >&2
exit 1
