/** A library package packed by `pnpm pack`, as the scratch project installs it. */
export interface PackedPackage {
  /** Its public name, `@parcomms/core`. */
  name: string;
  /** Its folder in the workspace, `packages/core`. */
  folder: string;
  /** The tarball's path from the scratch project, `tarballs/parcomms-core-0.1.0.tgz`. */
  tarball: string;
  /** The packed `package.json`, as pnpm pack rewrote it. */
  manifest: {
    version: string;
    engines?: Record<string, string>;
    bin?: Record<string, string>;
    dependencies?: Record<string, string>;
  };
}
