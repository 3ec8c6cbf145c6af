#!/usr/bin/env bash
# Runs nginx in the foreground with this folder's site config on 127.0.0.1:PORT, serving ROOT (default:
# the repo's dist/). For the tests (E2E_SERVER=nginx in tests/playwright.config.ts) and local checks:
#   bash deploy/nginx/serve.sh 4330 [dist]
# The config is copied into a temporary folder laid out like /etc/nginx; only `listen` and `root` change.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${1:?usage: serve.sh PORT [ROOT]}"
root="$(cd "${2:-$here/../../dist}" && pwd)"
nginx_bin="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[ -x "$nginx_bin" ] || { echo "nginx not found: apt-get install nginx libnginx-mod-http-brotli-static" >&2; exit 1; }
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
[ -f "$module" ] || { echo "$module missing: apt-get install libnginx-mod-http-brotli-static" >&2; exit 1; }

conf="$(mktemp -d "${TMPDIR:-/tmp}/report-nginx.XXXXXX")"
trap 'rm -rf "$conf"' EXIT
mkdir -p "$conf/sites-available" "$conf/snippets" "$conf/tmp"
cp "$here/snippets/"*.conf "$conf/snippets/"
ln -s /etc/nginx/mime.types "$conf/mime.types"
site="$conf/sites-available/report-site.conf"
sed -e "s|^\(\s*\)listen 80;|\1listen 127.0.0.1:$port;|" -e '/listen \[::\]:80;/d' \
  -e "s|^\(\s*\)root /var/www/report-site;|\1root $root;|" \
  "$here/sites-available/report-site.conf" >"$site"
grep -q "listen 127.0.0.1:$port;" "$site" && grep -q "root $root;" "$site" ||
  { echo "serve.sh: could not set listen/root in the site config" >&2; exit 1; }

cat >"$conf/nginx.conf" <<CONF
load_module $module;
worker_processes 1;
pid $conf/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    access_log off;
    sendfile on;
    client_body_temp_path $conf/tmp/body;
    proxy_temp_path $conf/tmp/proxy;
    fastcgi_temp_path $conf/tmp/fastcgi;
    uwsgi_temp_path $conf/tmp/uwsgi;
    scgi_temp_path $conf/tmp/scgi;
    include sites-available/report-site.conf;
}
CONF
# Workers run as root only when we are root (a CI container); nobody could not read a root-owned checkout.
[ "$(id -u)" = 0 ] && sed -i "1i user root;" "$conf/nginx.conf"
"$nginx_bin" -t -q -p "$conf" -c "$conf/nginx.conf"
echo "nginx serving $root on http://127.0.0.1:$port/"
# Not exec: the trap removes the folder when nginx stops (Playwright ends the server with SIGTERM).
"$nginx_bin" -p "$conf" -c "$conf/nginx.conf" -g 'daemon off;' &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null; wait "$pid"; rm -rf "$conf"' TERM INT
wait "$pid"
