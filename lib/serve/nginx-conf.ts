import path from 'node:path';
import { configFiles } from '../headers/policy';

/** Debian's brotli_static module (package libnginx-mod-http-brotli-static). */
export const brotliStaticModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface NginxSite {
  /**
   * The site folder: its real path, no link in it (`disable_symlinks on` in the include refuses a root
   * reached through one, so `out` is resolved when the server starts: restart it after a build, which its
   * maps of the page hashes need anyway).
   */
  readonly siteDir: string;
  readonly host: string;
  readonly port: number;
  /** A private folder for the pid file and nginx's temporary files. */
  readonly tempDir: string;
  /**
   * Started by root: nginx's workers would switch to `nobody`, who cannot read a site in a folder only its
   * owner may enter (a `mktemp -d` clone, CI's checkout), so they stay root. Loopback test server only;
   * README's production recipe keeps Debian's `user www-data`.
   */
  readonly asRoot?: boolean;
}

/**
 * A whole nginx.conf that serves a built site with the build's includes (`_nginx/http.conf` in http,
 * `_nginx/server.conf` in the server): what README's "Deploy" shows, made runnable without root on a
 * loopback port for the tests and the bench.
 */
export function nginxConf({ siteDir, host, port, tempDir, asRoot = false }: NginxSite): string {
  const includes = path.join(siteDir, configFiles.nginxDir);
  const temp = (name: string) => path.join(tempDir, name);
  return `load_module ${brotliStaticModule};
${asRoot ? 'user root root;\n' : ''}worker_processes 2;
pid ${temp('nginx.pid')};
error_log stderr warn;
events {
  worker_connections 1024;
}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 5s;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  include ${path.join(includes, 'http.conf')};
  server {
    listen ${host.includes(':') ? `[${host}]` : host}:${port};
    server_name localhost;
    root ${siteDir};
    include ${path.join(includes, 'server.conf')};
  }
}
`;
}
