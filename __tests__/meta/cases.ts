import type { ListInput, MetaOptions } from '../../src/meta/index.js';

/**
 * One table case: a recorded run (`env`, see __tests__/fixtures/meta), the rule inputs, and the expected
 * outputs. Cases named like metadata-action's tests (push01, tag18, ...) are ported from its
 * `__tests__/meta.test.ts` with the same inputs and expectations; `spec` lists the examples of
 * /work/shared/specs/tag-rules.md a case is.
 */
export interface Case {
  id: string;
  env: string | null;
  /** Default `['user/app']`. */
  images?: ListInput;
  tags?: ListInput;
  flavor?: ListInput;
  labels?: ListInput;
  annotations?: ListInput;
  opts?: MetaOptions;
  version: string;
  /** Expected tag names, in order; full tags are checked as every enabled image times these. */
  names: string[];
  /** Expected full tags, when the case spells them out. */
  full?: string[];
  /** Expected revision label (default: the SHA of the recorded run). */
  revision?: string;
  /** Expected labels / annotations as sorted `key=value` lines (default: the eight OCI ones). */
  labels_?: string[];
  annotations_?: string[];
  /** Texts each expected among the warnings. */
  warnings?: string[];
  spec?: number[];
  /** Why the expectation differs from metadata-action's test, if it does. */
  note?: string;
}

export const SHA_860 = '860c1904a1ce19322e91ac35af1ab07466440c37';
export const SHA_266 = '266574110acf203503badf966df2ea24b5d732d7';
export const SHA_PR_MERGE = 'a9c8c5828b91be19d9728548b24759e352367ef1';
export const SHA_PR_HEAD = '3370e228f2209994d57af4427fe64e71bb79ac96';

const TWO = ['org/app', 'ghcr.io/user/app'];
const NO_TAG = 'No Docker tag has been generated. Check tags input.';

export const CASES: Case[] = [
  // --- null
  { id: 'null01', env: null, version: '', names: [], revision: '', warnings: [NO_TAG] },
  { id: 'null02', env: 'event_empty.env', tags: ['type=sha', 'type=raw,{{branch}}'], version: '', names: [], revision: '', warnings: [NO_TAG] },

  // --- push
  { id: 'push01', env: 'event_push_dev.env', version: 'dev', names: ['dev'], spec: [1] },
  { id: 'push02', env: 'event_push_master.env', tags: ['type=edge'], version: 'edge', names: ['edge'] },
  { id: 'push03', env: 'event_push_master.env', version: 'master', names: ['master'], spec: [2] },
  { id: 'push04', env: 'event_workflow_dispatch.env', tags: ['type=edge'], version: 'edge', names: ['edge'], spec: [10] },
  { id: 'push05', env: 'event_push_dev.env', images: TWO, version: 'dev', names: ['dev'], full: ['org/app:dev', 'ghcr.io/user/app:dev'] },
  { id: 'push06', env: 'event_push_master.env', images: TWO, tags: ['type=edge'], version: 'edge', names: ['edge'] },
  { id: 'push07', env: 'event_push_dev.env', images: TWO, tags: ['type=ref,event=branch', 'type=sha'], version: 'dev', names: ['dev', 'sha-860c190'], full: ['org/app:dev', 'org/app:sha-860c190', 'ghcr.io/user/app:dev', 'ghcr.io/user/app:sha-860c190'] },
  { id: 'push08', env: 'event_push_master.env', images: TWO, tags: ['type=edge', 'type=sha'], version: 'edge', names: ['edge', 'sha-2665741'] },
  { id: 'push09', env: 'event_push_dev.env', images: TWO, tags: ['type=edge,branch=dev', 'type=sha'], version: 'edge', names: ['edge', 'sha-860c190'] },
  { id: 'push10', env: 'event_push_master.env', images: TWO, tags: ['type=edge,branch=dev', 'type=sha'], version: 'sha-2665741', names: ['sha-2665741'] },
  { id: 'push11', env: 'event_push_invalidchars.env', images: TWO, tags: ['type=edge', 'type=sha'], version: 'sha-983315b', names: ['sha-983315b'] },
  { id: 'push12', env: 'event_push_invalidchars.env', images: TWO, tags: ['type=semver,pattern={{version}}', 'type=pep440,pattern={{version}}', 'type=edge'], version: '', names: [], warnings: [NO_TAG] },
  { id: 'push13', env: 'event_push_master.env', tags: ['type=ref,priority=2000,event=branch', 'type=edge'], version: 'master', names: ['master', 'edge'] },
  { id: 'push14', env: 'event_push_master.env', tags: ['type=semver,pattern={{version}},value=v1.2.3', 'type=pep440,pattern={{version}},value=v1.2.3', 'type=edge'], version: '1.2.3', names: ['1.2.3', 'edge', 'latest'], spec: [19] },
  { id: 'push15', env: 'event_push_master.env', tags: ['type=match,pattern=v(.*),group=1,value=v1.2.3', 'type=edge'], version: '1.2.3', names: ['1.2.3', 'edge', 'latest'] },
  { id: 'push16', env: 'event_push_master.env', tags: ['type=match,enable=false,pattern=v(.*),group=1,value=v1.2.3', 'type=edge'], version: 'edge', names: ['edge'] },
  {
    id: 'push17',
    env: 'event_push_master.env',
    tags: [
      'type=raw,value=mytag-{{branch}}',
      "type=raw,value=mytag-{{date 'YYYYMMDD'}}",
      "type=raw,value=mytag-cd-{{commit_date 'YYYYMMDD'}}",
      "type=raw,value=mytag-{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
      'type=raw,value=mytag-tag-{{tag}}',
      'type=raw,value=mytag-baseref-{{base_ref}}',
      'type=raw,value=mytag-defbranch,enable={{is_default_branch}}',
    ],
    version: 'mytag-master',
    names: ['mytag-master', 'mytag-20200110', 'mytag-cd-20220419', 'mytag-20200110-093000', 'mytag-tag-', 'mytag-baseref-', 'mytag-defbranch'],
    note: 'commit_date is the payload commit (2022-04-19T11:04:39+02:00); metadata-action mocks moment() so its test sees the frozen clock',
  },
  { id: 'push18', env: 'event_push_dev.env', images: TWO, tags: ['type=ref,event=branch', 'type=sha,format=long'], version: 'dev', names: ['dev', `sha-${SHA_860}`] },
  {
    id: 'push19',
    env: 'event_push_dev.env',
    images: TWO,
    tags: ['type=edge,branch=master', 'type=ref,event=branch,enable=false', 'type=sha,format=long', 'type=raw,value=defbranch,enable={{is_default_branch}}'],
    version: `sha-${SHA_860}`,
    names: [`sha-${SHA_860}`],
    spec: [24],
  },
  {
    id: 'push20',
    env: 'event_push_dev.env',
    images: ['org/app', 'ghcr.io/user/app,enable=false'],
    tags: ['type=edge,branch=master', 'type=ref,event=branch,enable=false', 'type=sha,format=long'],
    version: `sha-${SHA_860}`,
    names: [`sha-${SHA_860}`],
    full: [`org/app:sha-${SHA_860}`],
  },
  {
    id: 'push21',
    env: 'event_push_master.env',
    images: [],
    tags: [
      'type=raw,value=mytag-{{branch}}',
      "type=raw,value=mytag-{{date 'YYYYMMDD'}}",
      "type=raw,value=mytag-{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
      "type=raw,value=mytag-src-{{commit_date 'YYYYMMDD'}}",
      'type=raw,value=mytag-tag-{{tag}}',
      'type=raw,value=mytag-baseref-{{base_ref}}',
      'type=raw,value=mytag-defbranch,enable={{is_default_branch}}',
    ],
    labels: ["org.opencontainers.image.created={{commit_date 'YYYY-MM-DDTHH:mm:ss.SSS[Z]'}}"],
    version: 'mytag-master',
    names: ['mytag-master', 'mytag-20200110', 'mytag-20200110-093000', 'mytag-src-20220419', 'mytag-tag-', 'mytag-baseref-', 'mytag-defbranch'],
    full: ['mytag-master', 'mytag-20200110', 'mytag-20200110-093000', 'mytag-src-20220419', 'mytag-tag-', 'mytag-baseref-', 'mytag-defbranch'],
    labels_: [
      'org.opencontainers.image.created=2022-04-19T09:04:39.000Z',
      'org.opencontainers.image.description=This your first repo!',
      'org.opencontainers.image.licenses=MIT',
      `org.opencontainers.image.revision=${SHA_266}`,
      'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title=Hello-World',
      'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.version=mytag-master',
    ],
    note: 'commit_date is the payload commit; metadata-action mocks moment() so its test sees the frozen clock',
  },
  {
    id: 'push22',
    env: 'event_push_dev.env',
    images: ['org/app'],
    tags: ['type=edge,branch=master', 'type=sha,format=long', 'type=raw,value=notdefbranch,enable={{is_not_default_branch}}'],
    version: 'notdefbranch',
    names: ['notdefbranch', `sha-${SHA_860}`],
  },
  {
    id: 'push35',
    env: 'event_push_master.env',
    tags: ['type=semver,pattern={{version}},value=p1/v1.2.3,"match=v(\\d.\\d.\\d)$"', 'type=pep440,pattern={{version}},value=p1/v1.2.3,"match=v(\\d.\\d.\\d)$"', 'type=edge'],
    version: '1.2.3',
    names: ['1.2.3', 'edge', 'latest'],
  },

  // --- tag
  { id: 'tag01', env: 'event_tag_release1.env', version: 'release1', names: ['release1', 'latest'] },
  { id: 'tag02', env: 'event_tag_20200110-RC2.env', version: '20200110-RC2', names: ['20200110-RC2', 'latest'] },
  { id: 'tag03', env: 'event_tag_20200110-RC2.env', tags: ['type=match,pattern=\\d{8}'], flavor: ['latest=false'], version: '20200110', names: ['20200110'] },
  { id: 'tag04', env: 'event_tag_20200110-RC2.env', tags: ['type=match,pattern=(.*)-RC,group=1'], flavor: ['latest=false'], version: '20200110', names: ['20200110'] },
  { id: 'tag05', env: 'event_tag_v1.1.1.env', images: TWO, tags: ['type=match,"pattern=\\d.\\d.\\d"'], version: '1.1.1', names: ['1.1.1', 'latest'] },
  { id: 'tag06', env: 'event_tag_v1.1.1.env', images: TWO, tags: ['type=match,"pattern=^v(\\d.\\d.\\d)$",group=1'], version: '1.1.1', names: ['1.1.1', 'latest'] },
  { id: 'tag07', env: 'event_tag_v2.0.8-beta.67.env', images: TWO, tags: ['type=match,"pattern=\\d.\\d.\\d-(alpha|beta).\\d+"'], version: '2.0.8-beta.67', names: ['2.0.8-beta.67', 'latest'] },
  { id: 'tag08', env: 'event_tag_v2.0.8-beta.67.env', images: TWO, tags: ['type=match,"pattern=\\d.\\d"'], version: '2.0', names: ['2.0', 'latest'] },
  { id: 'tag09', env: 'event_tag_v2.0.8-beta.67.env', images: TWO, tags: ['type=match,"pattern=v(.*)-beta.(.*)",group=1', 'type=match,"pattern=v(.*)-beta.(.*)",group=2'], version: '2.0.8', names: ['2.0.8', '67', 'latest'] },
  { id: 'tag10', env: 'event_tag_sometag.env', images: TWO, tags: ['type=match,"pattern=\\d.\\d"'], version: '', names: [], warnings: ['\\d.\\d does not match sometag.', NO_TAG] },
  { id: 'tag11', env: 'event_tag_v1.1.1.env', images: TWO, tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'], version: '1.1.1', names: ['1.1.1', '1.1', '1', 'latest'], spec: [12] },
  { id: 'tag12', env: 'event_tag_v1.1.1.env', images: TWO, tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'], version: '1.1.1', names: ['1.1.1', 'latest'] },
  { id: 'tag13', env: 'event_tag_v2.0.8-beta.67.env', images: TWO, tags: ['type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'], version: '2.0.8-beta.67', names: ['2.0.8-beta.67'], spec: [13] },
  {
    id: 'tag14',
    env: 'event_tag_sometag.env',
    images: ['ghcr.io/user/app'],
    tags: ['type=ref,event=tag', 'type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'],
    flavor: ['latest=false'],
    version: 'sometag',
    names: ['sometag'],
    warnings: ['sometag is not a valid semver. More info: https://semver.org/'],
    spec: [14],
  },
  { id: 'tag15', env: 'event_tag_v2.0.8-beta.67.env', images: TWO, tags: ['type=raw,priority=2000,foo', 'type=semver,pattern={{version}}', 'type=match,"pattern=\\d.\\d"'], version: 'foo', names: ['foo', '2.0.8-beta.67', '2.0'], spec: [17] },
  { id: 'tag16', env: 'event_tag_v1.1.1.env', images: TWO, tags: ['type=raw,priority=2000,foo', 'type=ref,event=tag', 'type=edge'], version: 'foo', names: ['foo', 'v1.1.1'] },
  {
    id: 'tag17',
    env: 'event_tag_p1-v1.0.0.env',
    images: TWO,
    tags: ['type=match,"pattern=/^v(\\d.\\d.\\d)$/ig",group=1', 'type=match,pattern=\\d.\\d.\\d', 'type=match,pattern=\\d.\\d', 'type=ref,event=pr', 'type=sha'],
    version: '1.0.0',
    names: ['1.0.0', '1.0', 'sha-860c190', 'latest'],
    warnings: ['/^v(\\d.\\d.\\d)$/ig does not match p1/v1.0.0.'],
  },
  {
    id: 'tag18',
    env: 'event_tag_p1-v1.0.0.env',
    images: TWO,
    tags: ['type=match,pattern=p1/v(\\d.\\d.\\d),group=1', 'type=match,pattern=p1/v(\\d.\\d),group=1', 'type=match,pattern=p1/v(\\d.\\d),group=3', 'type=ref,event=pr', 'type=sha'],
    version: '1.0.0',
    names: ['1.0.0', '1.0', 'sha-860c190', 'latest'],
    warnings: ['Group 3 does not exist for p1/v(\\d.\\d) pattern.'],
    spec: [16],
  },
  {
    id: 'tag19',
    env: 'event_tag_p1-v1.0.0.env',
    images: TWO,
    tags: ['type=match,pattern=p1/v(\\d.\\d.\\d),group=1', 'type=match,pattern=p1/v(\\d.\\d),group=1,suffix=', 'type=ref,event=pr', 'type=sha'],
    flavor: ['suffix=-dev'],
    version: '1.0.0-dev',
    names: ['1.0.0-dev', '1.0', 'sha-860c190-dev', 'latest'],
    spec: [22],
  },
  { id: 'tag20', env: 'event_tag_v1.1.1.env', images: TWO, tags: ['type=raw,{{tag}}-{{sha}}-foo', 'type=raw,{{base_ref}}-foo', 'type=raw,defbranch-foo,enable={{is_default_branch}}'], version: 'v1.1.1-860c190-foo', names: ['v1.1.1-860c190-foo', 'master-foo'] },
  { id: 'tag21', env: 'event_tag_v1.1.1.env', images: TWO, tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'], flavor: ['suffix=-dev,onlatest=true'], version: '1.1.1-dev', names: ['1.1.1-dev', 'latest-dev'] },
  {
    id: 'tag22',
    env: 'event_tag_v1.1.1.env',
    images: TWO,
    tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'],
    flavor: ['prefix=foo-,onlatest=true', 'suffix=-dev,onlatest=true'],
    version: 'foo-1.1.1-dev',
    names: ['foo-1.1.1-dev', 'foo-latest-dev'],
    spec: [23],
  },
  { id: 'tag23', env: 'event_tag_v1.1.1.env', images: ['org/app'], tags: ['type=pep440,pattern={{raw}}', 'type=pep440,pattern={{major}}.{{minor}}'], version: 'v1.1.1', names: ['v1.1.1', '1.1', 'latest'] },
  { id: 'tag24', env: 'event_tag_1.2.env', images: ['org/app'], tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}'], version: '1.2', names: ['1.2', 'latest'] },
  { id: 'tag25', env: 'event_tag_1.1beta2.env', images: TWO, tags: ['type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'], version: '1.1b2', names: ['1.1b2'] },
  { id: 'tag26', env: 'event_tag_1.0dev4.env', images: TWO, tags: ['type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'], version: '1.0.dev4', names: ['1.0.dev4'] },
  { id: 'tag27', env: 'event_tag_1.2.3rc2.env', images: TWO, tags: ['type=pep440,pattern={{raw}}', 'type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'], version: '1.2.3rc2', names: ['1.2.3rc2'] },
  { id: 'tag28', env: 'event_tag_v1.1.1.env', images: ['org/app'], tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}.{{patch}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'], version: '1.1.1', names: ['1.1.1', '1.1', '1', 'latest'] },
  { id: 'tag29', env: 'event_tag_1.2post1.env', images: ['org/app'], tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'], version: '1.2.post1', names: ['1.2.post1'] },
  {
    id: 'tag30',
    env: 'event_tag_sometag.env',
    images: ['ghcr.io/user/app'],
    tags: ['type=ref,event=tag', 'type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'],
    flavor: ['latest=false'],
    version: 'sometag',
    names: ['sometag'],
    warnings: ['sometag does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440'],
  },
  { id: 'tag31', env: 'event_tag_v2.0.8-beta.67.env', images: TWO, tags: ['type=semver,pattern={{raw}}'], version: 'v2.0.8-beta.67', names: ['v2.0.8-beta.67'] },
  { id: 'tag32', env: 'event_tag_v1.2.3rc2.env', images: TWO, tags: ['type=pep440,pattern={{raw}}', 'type=pep440,pattern={{major}}.{{minor}}'], version: 'v1.2.3rc2', names: ['v1.2.3rc2', '1.2.3rc2'] },
  { id: 'tag33', env: 'event_tag_v1.1.1.env', images: [], tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}.{{patch}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'], version: '1.1.1', names: ['1.1.1', '1.1', '1', 'latest'], full: ['1.1.1', '1.1', '1', 'latest'] },
  { id: 'tag34', env: 'event_tag_p1-v1.0.0.env', images: ['org/app'], tags: ['type=semver,pattern={{version}},"match=v(\\d.\\d.\\d)$"'], version: '1.0.0', names: ['1.0.0', 'latest'] },

  // --- latest
  { id: 'latest01', env: 'event_tag_release1.env', tags: ['type=match,"pattern=^release\\d{1,2}"'], version: 'release1', names: ['release1', 'latest'] },
  { id: 'latest02', env: 'event_tag_20200110-RC2.env', tags: ['type=match,"pattern=^\\d+-RC\\d{1,2}"'], version: '20200110-RC2', names: ['20200110-RC2', 'latest'] },
  { id: 'latest03', env: 'event_tag_20200110-RC2.env', tags: ['type=match,pattern=\\d{8}'], version: '20200110', names: ['20200110', 'latest'] },
  { id: 'latest04', env: 'event_tag_v1.1.1.env', tags: ['type=match,"pattern=\\d.\\d.\\d"'], version: '1.1.1', names: ['1.1.1', 'latest'] },
  { id: 'latest05', env: 'event_tag_v1.1.1.env', images: TWO, version: 'v1.1.1', names: ['v1.1.1', 'latest'], spec: [4] },
  { id: 'latest06', env: 'event_tag_v2.0.8-beta.67.env', images: TWO, tags: ['type=match,"pattern=\\d.\\d.\\d"'], version: '2.0.8', names: ['2.0.8', 'latest'], spec: [15] },
  { id: 'latest07', env: 'event_tag_v1.1.1.env', images: TWO, tags: ['type=ref,event=tag'], flavor: ['latest=false'], version: 'v1.1.1', names: ['v1.1.1'] },
  {
    id: 'latest08',
    env: 'event_tag_v1.1.1.env',
    images: ['org/app', 'ghcr.io/MyUSER/MyApp'],
    tags: ['type=ref,event=tag'],
    flavor: ['latest=false'],
    version: 'v1.1.1',
    names: ['v1.1.1'],
    full: ['org/app:v1.1.1', 'ghcr.io/myuser/myapp:v1.1.1'],
    warnings: ['image name "ghcr.io/MyUSER/MyApp" lower-cased to "ghcr.io/myuser/myapp"'],
    spec: [27],
  },
  {
    id: 'latest09',
    env: 'event_tag_v1.1.1.env',
    images: ['org/app', 'ghcr.io/MyUSER/MyApp'],
    tags: ['type=ref,event=tag'],
    flavor: ['latest=false'],
    labels: ['maintainer=CrazyMax', 'org.opencontainers.image.description=this is a "good" example', 'org.opencontainers.image.title=MyCustomTitle', 'org.opencontainers.image.vendor=MyCompany'],
    annotations: ['maintainer=Foo', 'org.opencontainers.image.description=this is a "bad" example', 'org.opencontainers.image.title=MyNotTitle', 'org.opencontainers.image.vendor=MyNotCompany'],
    version: 'v1.1.1',
    names: ['v1.1.1'],
    labels_: [
      'maintainer=CrazyMax',
      'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description=this is a "good" example',
      'org.opencontainers.image.licenses=MIT',
      `org.opencontainers.image.revision=${SHA_860}`,
      'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title=MyCustomTitle',
      'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.vendor=MyCompany',
      'org.opencontainers.image.version=v1.1.1',
    ],
    annotations_: [
      'maintainer=Foo',
      'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description=this is a "bad" example',
      'org.opencontainers.image.licenses=MIT',
      `org.opencontainers.image.revision=${SHA_860}`,
      'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title=MyNotTitle',
      'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.vendor=MyNotCompany',
      'org.opencontainers.image.version=v1.1.1',
    ],
  },
  { id: 'latest10', env: 'event_tag_v2.0.8-beta.67.env', images: [], tags: ['type=match,"pattern=\\d.\\d.\\d"'], version: '2.0.8', names: ['2.0.8', 'latest'], full: ['2.0.8', 'latest'] },

  // --- pull requests (merge commit)
  { id: 'pr01', env: 'event_pull_request.env', version: 'pr-15', names: ['pr-15'], spec: [6] },
  { id: 'pr02', env: 'event_pull_request.env', images: TWO, version: 'pr-15', names: ['pr-15'] },
  { id: 'pr03', env: 'event_pull_request.env', images: TWO, tags: ['type=ref,event=pr', 'type=sha'], version: 'pr-15', names: ['pr-15', 'sha-a9c8c58'] },
  { id: 'pr04', env: 'event_pull_request.env', images: TWO, tags: ['type=sha,priority=2000', 'type=ref,event=pr'], version: 'sha-a9c8c58', names: ['sha-a9c8c58', 'pr-15'] },
  { id: 'pr05', env: 'event_pull_request.env', images: TWO, tags: ['type=ref,event=pr'], flavor: ['prefix=glo-', 'suffix=-bal'], version: 'pr-15-bal', names: ['pr-15-bal'], spec: [20] },
  { id: 'pr06', env: 'event_pull_request.env', images: TWO, tags: ['type=ref,event=pr,prefix='], flavor: ['prefix=glo-', 'suffix=-bal'], version: '15-bal', names: ['15-bal'], spec: [21] },
  { id: 'pr07', env: 'event_pull_request_target.env', images: TWO, tags: ['type=sha,priority=2000', 'type=ref,event=pr'], version: 'sha-2665741', names: ['sha-2665741', 'pr-15'], spec: [7] },
  { id: 'pr08', env: 'event_pull_request_target.env', images: TWO, tags: ['type=ref,event=pr,prefix='], flavor: ['prefix=glo-', 'suffix=-bal'], version: '15-bal', names: ['15-bal'] },
  { id: 'pr09', env: 'event_pull_request_target.env', images: ['org/app'], tags: ['type=ref,event=tag', 'type=ref,event=pr', 'type=ref,event=branch', 'type=sha', 'type=sha,format=long'], version: 'pr-15', names: ['pr-15', 'sha-2665741', `sha-${SHA_266}`] },
  { id: 'pr10', env: 'event_pull_request_target.env', images: ['org/app'], tags: ['type=raw,value=mytag-{{base_ref}}', 'type=raw,mytag-defbranch,enable={{is_default_branch}}'], version: 'mytag-master', names: ['mytag-master'] },
  { id: 'pr11', env: 'event_pull_request.env', images: ['org/app'], tags: ['type=raw,value=mytag-{{base_ref}}', 'type=raw,mytag-defbranch,enable={{is_default_branch}}'], version: 'mytag-master', names: ['mytag-master'] },
  { id: 'pr12', env: 'event_pull_request.env', images: ['org/app'], tags: ['type=raw,value={{commit_date YYYY-MM-DD-HHmmSS}}'], version: '2020-01-10T00-30-00Z', names: ['2020-01-10T00-30-00Z'] },

  // --- pull requests with DOCKER_METADATA_PR_HEAD_SHA (head commit 3370e22)
  ...prHeadSha(),

  // --- schedule
  { id: 'schedule01', env: 'event_schedule.env', version: 'nightly', names: ['nightly', 'master'], spec: [8] },
  { id: 'schedule02', env: 'event_schedule.env', tags: ["type=schedule,pattern={{date 'YYYYMMDD'}}", "type=schedule,pattern=source-date-{{commit_date 'YYYY-MM-DD'}}"], version: '20200110', names: ['20200110', 'source-date-2020-01-10'] },
  { id: 'schedule03', env: 'event_schedule.env', tags: ["type=schedule,pattern={{date 'YYYYMMDD-HHmmss'}}"], version: '20200110-003000', names: ['20200110-003000'] },
  { id: 'schedule04', env: 'event_schedule.env', images: TWO, version: 'nightly', names: ['nightly', 'master'] },
  { id: 'schedule05', env: 'event_schedule.env', images: TWO, tags: ['type=schedule', 'type=sha'], version: 'nightly', names: ['nightly', 'sha-860c190'] },
  { id: 'schedule06', env: 'event_schedule.env', images: TWO, tags: ['type=schedule', 'type=sha,priority=2000', 'type=raw,value=defbranch,enable={{is_default_branch}}'], version: 'sha-860c190', names: ['sha-860c190', 'nightly', 'defbranch'] },
  { id: 'schedule07', env: 'event_schedule.env', images: TWO, tags: ['type=schedule'], flavor: ['prefix=glo-', 'suffix=-bal'], version: 'glo-nightly-bal', names: ['glo-nightly-bal'] },
  {
    id: 'schedule08',
    env: 'event_schedule.env',
    tags: ["type=schedule,pattern={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}", "type=schedule,pattern=src-{{commit_date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}"],
    version: '20200110-093000',
    names: ['20200110-093000', 'src-20200110-093000'],
  },

  // --- release
  { id: 'release01', env: 'event_release_created.env', version: 'v1.1.1', names: ['v1.1.1', 'latest'], spec: [11] },
  { id: 'release02', env: 'event_release_created.env', tags: ['type=ref,event=tag', 'type=raw,value=baseref-{{base_ref}}', 'type=raw,value=defbranch,enable={{is_default_branch}}'], version: 'v1.1.1', names: ['v1.1.1', 'baseref-', 'latest'] },
  { id: 'release03', env: 'event_release_created.env', tags: ["type=raw,value=src-{{commit_date 'YYYYMMDD-HHmmss'}}", "type=raw,value={{date 'YYYYMMDD-HHmmss'}}"], version: 'src-20200110-003000', names: ['src-20200110-003000', '20200110-003000'] },

  // --- raw
  { id: 'raw01', env: 'event_push_dev.env', tags: ['type=ref,event=branch', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'], version: 'dev', names: ['dev', 'my', 'custom', 'tags'] },
  { id: 'raw02', env: 'event_push_dev.env', tags: ['type=ref,event=branch', 'type=raw,my'], version: 'dev', names: ['dev', 'my'] },
  { id: 'raw03', env: 'event_tag_release1.env', tags: ['type=ref,event=tag', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'], version: 'release1', names: ['release1', 'my', 'custom', 'tags', 'latest'] },
  { id: 'raw04', env: 'event_tag_20200110-RC2.env', tags: ['type=match,pattern=\\d{8}', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'], flavor: ['latest=false'], version: '20200110', names: ['20200110', 'my', 'custom', 'tags'] },
  { id: 'raw05', env: 'event_tag_v1.1.1.env', images: TWO, tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'], version: '1.1.1', names: ['1.1.1', '1.1', '1', 'my', 'custom', 'tags', 'latest'] },
  { id: 'raw06', env: 'event_tag_v1.1.1.env', images: TWO, tags: ['type=raw,my', 'type=raw,custom', 'type=raw,tags'], version: 'my', names: ['my', 'custom', 'tags'] },
  { id: 'raw07', env: 'event_push_dev.env', tags: ['type=ref,priority=90,event=branch', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'], flavor: ['latest=true'], version: 'my', names: ['my', 'custom', 'tags', 'dev', 'latest'], spec: [18] },
  { id: 'raw08', env: 'event_push_dev.env', tags: ['type=match,pattern=\\d{8}', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'], flavor: ['latest=false'], version: 'my', names: ['my', 'custom', 'tags'] },
  { id: 'raw09', env: 'event_push_dev.env', tags: ['type=match,pattern=\\d{8}', 'type=raw,my,prefix=foo-,suffix=-bar', 'type=raw,custom', 'type=raw,tags'], flavor: ['latest=false', 'prefix=glo-', 'suffix=-bal'], version: 'foo-my-bar', names: ['foo-my-bar', 'glo-custom-bal', 'glo-tags-bal'] },
  { id: 'raw10', env: 'event_push_dev.env', tags: ['type=raw,foo', 'type=raw,bar,enable=false', 'type=raw,baz,enable=true'], flavor: ['latest=false'], version: 'foo', names: ['foo', 'baz'] },

  // --- the remaining examples of tag-rules.md and the other recorded events
  { id: 'spec03', env: 'event_push_invalidchars.env', tags: ['type=ref,event=branch'], version: 'my-feature-1245', names: ['my-feature-1245'], spec: [3] },
  { id: 'spec05', env: 'event_tag_v2.0.8-beta.67.env', version: 'v2.0.8-beta.67', names: ['v2.0.8-beta.67', 'latest'], spec: [5] },
  { id: 'spec09', env: 'event_schedule.env', tags: ["type=schedule,pattern={{date 'YYYYMMDD'}}"], version: '20200110', names: ['20200110'], spec: [9] },
  { id: 'spec25', env: 'event_push_master.env', tags: ['type=raw,value=mytag-{{branch}}', 'type=raw,value=mytag-tag-{{tag}}'], version: 'mytag-master', names: ['mytag-master', 'mytag-tag-'], revision: SHA_266, spec: [25] },
  { id: 'spec26', env: 'event_push_dev.env', tags: ['type=ref,event=tag'], flavor: ['latest=true'], version: '', names: [], warnings: ['No Docker image version has been generated. Check tags input.', NO_TAG], spec: [26] },
  { id: 'create01', env: 'event_create_branch.env', version: 'dev', names: ['dev'], revision: '5f3331d7f7044c18ca9f12c77d961c4d7cf3276a' },
  { id: 'create02', env: 'event_create_branch.env', tags: ['type=ref,event=branch', 'type=raw,value=defbranch,enable={{is_default_branch}}'], version: 'dev', names: ['dev', 'defbranch'], revision: '5f3331d7f7044c18ca9f12c77d961c4d7cf3276a' },
  { id: 'create03', env: 'event_create_tag.env', version: 'v2.1.8-beta.67', names: ['v2.1.8-beta.67', 'latest'] },
  { id: 'create04', env: 'event_create_tag.env', tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}'], version: '2.1.8-beta.67', names: ['2.1.8-beta.67'] },
  { id: 'issue01', env: 'event_issue_opened.env', version: 'master', names: ['master'] },
  { id: 'issue02', env: 'event_issue_opened.env', tags: ['type=raw,value=defbranch,enable={{is_default_branch}}', 'type=raw,value=other,enable={{is_not_default_branch}}', 'type=sha'], version: 'defbranch', names: ['defbranch', 'sha-2665741'] },
  { id: 'discussion01', env: 'event_discussion_created.env', tags: ['type=edge', 'type=raw,value=defbranch,enable={{is_default_branch}}'], version: 'edge', names: ['edge', 'defbranch'] },
  { id: 'dispatch01', env: 'event_workflow_dispatch.env', version: 'master', names: ['master'] },
  { id: 'dispatch02', env: 'event_workflow_dispatch_dev.env', version: 'dev', names: ['dev'] },
  { id: 'dispatch03', env: 'event_workflow_dispatch_dev.env', tags: ['type=edge', 'type=raw,value=defbranch,enable={{is_default_branch}}'], version: '', names: [], warnings: [NO_TAG] },
  { id: 'dispatch04', env: 'event_workflow_dispatch.env', tags: ['type=ref,event=branch', 'type=raw,value=latest,enable={{is_default_branch}}'], version: 'master', names: ['master', 'latest'] },
  { id: 'semver01', env: 'event_tag_v101.12.13.env', tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'], version: '101.12.13', names: ['101.12.13', '101.12', '101', 'latest'] },
  { id: 'semver02', env: 'event_tag_v9.5.7-alpha.2+fork.3.1.8.env', tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}'], version: '9.5.7-alpha.2', names: ['9.5.7-alpha.2'] },
  { id: 'semver03', env: 'event_tag_v9.5.7-alpha.2+fork.3.1.8.env', tags: ['type=semver,pattern={{raw}}'], version: 'v9.5.7-alpha.2-fork.3.1.8', names: ['v9.5.7-alpha.2-fork.3.1.8'] },
  { id: 'semver04', env: 'event_tag_v9.5.7-alpha.2+fork.3.1.8.env', version: 'v9.5.7-alpha.2-fork.3.1.8', names: ['v9.5.7-alpha.2-fork.3.1.8', 'latest'] },
  { id: 'semver05', env: 'event_tag_v1.1.1.env', tags: ['type=semver,pattern=v{{major}}', 'type=semver,pattern={{major}}.{{minor}},prefix=stable-', 'type=sha,prefix=,format=short'], version: 'v1', names: ['v1', 'stable-1.1', '860c190', 'latest'] },
  { id: 'sha01', env: 'event_push_dev.env', tags: ['type=sha'], opts: { shortShaLength: 12 }, version: 'sha-860c1904a1ce', names: ['sha-860c1904a1ce'] },
  { id: 'sha02', env: 'event_push_dev.env', tags: ['type=raw,value=build-{{sha}}'], opts: { shortShaLength: 50 }, version: `build-${SHA_860}`, names: [`build-${SHA_860}`] },
  { id: 'expr01', env: 'event_push_invalidchars.env', tags: ['type=raw,value={{branch}}', 'type=raw,value=x-{{branch}},enable={{is_not_default_branch}}'], version: 'my-feature-1245', names: ['my-feature-1245', 'x-my-feature-1245'] },
  { id: 'expr02', env: 'event_push_dev.env', tags: ["type=raw,value={{date 'YYYY.MM.DD' tz='America/New_York'}}", "type=raw,value={{commit_date 'HHmm'}}"], version: '2020.01.09', names: ['2020.01.09', '0927'] },
  { id: 'flavor01', env: 'event_tag_v1.1.1.env', tags: ['type=semver,pattern={{version}}'], flavor: ['prefix=app-{{tag}}-', 'suffix=-{{sha}}'], version: 'app-v1.1.1-1.1.1-860c190', names: ['app-v1.1.1-1.1.1-860c190', 'latest'] },
  { id: 'flavor02', env: 'event_tag_v1.1.1.env', tags: ['type=semver,pattern={{version}}'], flavor: ['prefix=web-,onlatest=true', 'latest=auto'], version: 'web-1.1.1', names: ['web-1.1.1', 'web-latest'] },
  { id: 'dup01', env: 'event_tag_v1.1.1.env', tags: ['type=semver,pattern={{version}}', 'type=raw,value=latest'], version: '1.1.1', names: ['1.1.1', 'latest', 'latest'], note: 'metadata-action outputs `latest` twice (no dedupe in generateTags); kept for parity' },
  { id: 'dup02', env: 'event_tag_v1.1.1.env', tags: ['type=semver,pattern={{major}}.{{minor}}.{{patch}}', 'type=semver,pattern={{version}}', 'type=ref,event=tag,prefix=,suffix='], version: '1.1.1', names: ['1.1.1', 'v1.1.1', 'latest'] },

  // --- the action-input strings (getInputList: CSV unquoting, comment lines, comma list of images)
  { id: 'input01', env: 'event_push_dev.env', images: 'name/foo,name/bar', tags: 'type=ref,event=branch\n# a comment\n\ntype=sha', version: 'dev', names: ['dev', 'sha-860c190'], full: ['name/foo:dev', 'name/foo:sha-860c190', 'name/bar:dev', 'name/bar:sha-860c190'] },
  { id: 'input02', env: 'event_push_dev.env', images: 'name=user/app,enable=true\nname=other/app,enable=false', tags: 'type=raw,value=foo#bar', labels: 'mylabel=foo#bar\n#comment\nanother=bar', version: 'foo-bar', names: ['foo-bar'], full: ['user/app:foo-bar'], labels_: ['another=bar', 'mylabel=foo#bar', ...labelsFor(SHA_860, 'foo-bar')] },
  { id: 'input03', env: 'event_tag_v1.1.1.env', tags: 'type=match,"pattern=\\d.\\d.\\d"', flavor: 'latest=false', version: '1.1.1', names: ['1.1.1'] },
  {
    id: 'input04',
    env: 'event_tag_release1.env',
    tags: 'type=match,"pattern=^release\\d{1,2}"',
    version: '',
    names: [],
    warnings: ['^release\\d{1 does not match 2}.', NO_TAG],
    note: 'as an action input the quotes are removed by getInputList before the rule is split, so a comma inside a quoted pattern splits it (latest01 passes the line directly)',
  },
  { id: 'input05', env: 'event_pull_request.env', tags: 'type=ref,event=pr\ntype=raw,value=pr-{{base_ref}}', flavor: 'prefix=x-\nsuffix=-y', annotations: 'org.opencontainers.image.title={{base_ref}}', version: 'pr-15-y', names: ['pr-15-y', 'x-pr-master-y'], annotations_: labelsFor(SHA_PR_MERGE, 'pr-15-y').map((l) => (l.startsWith('org.opencontainers.image.title=') ? 'org.opencontainers.image.title=master' : l)) },
];

function labelsFor(revision: string, version: string): string[] {
  return [
    'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
    'org.opencontainers.image.description=This your first repo!',
    'org.opencontainers.image.licenses=MIT',
    `org.opencontainers.image.revision=${revision}`,
    'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
    'org.opencontainers.image.title=Hello-World',
    'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
    `org.opencontainers.image.version=${version}`,
  ];
}

/** metadata-action's `pr-head-sha` group: the pr01..pr12 inputs with DOCKER_METADATA_PR_HEAD_SHA=true. */
function prHeadSha(): Case[] {
  const o = { prHeadSha: true };
  const r = SHA_PR_HEAD;
  return [
    { id: 'prhead01', env: 'event_pull_request.env', opts: o, revision: r, version: 'pr-15', names: ['pr-15'] },
    { id: 'prhead02', env: 'event_pull_request.env', opts: o, revision: r, images: TWO, version: 'pr-15', names: ['pr-15'] },
    { id: 'prhead03', env: 'event_pull_request.env', opts: o, revision: r, images: TWO, tags: ['type=ref,event=pr', 'type=sha'], version: 'pr-15', names: ['pr-15', 'sha-3370e22'], spec: [28] },
    { id: 'prhead04', env: 'event_pull_request.env', opts: o, revision: r, images: TWO, tags: ['type=sha,priority=2000', 'type=ref,event=pr'], version: 'sha-3370e22', names: ['sha-3370e22', 'pr-15'] },
    { id: 'prhead05', env: 'event_pull_request.env', opts: o, revision: r, images: TWO, tags: ['type=ref,event=pr'], flavor: ['prefix=glo-', 'suffix=-bal'], version: 'pr-15-bal', names: ['pr-15-bal'] },
    { id: 'prhead06', env: 'event_pull_request.env', opts: o, revision: r, images: TWO, tags: ['type=ref,event=pr,prefix='], flavor: ['prefix=glo-', 'suffix=-bal'], version: '15-bal', names: ['15-bal'] },
    { id: 'prhead07', env: 'event_pull_request_target.env', opts: o, revision: r, images: TWO, tags: ['type=sha,priority=2000', 'type=ref,event=pr'], version: 'sha-3370e22', names: ['sha-3370e22', 'pr-15'] },
    { id: 'prhead08', env: 'event_pull_request_target.env', opts: o, revision: r, images: TWO, tags: ['type=ref,event=pr,prefix='], flavor: ['prefix=glo-', 'suffix=-bal'], version: '15-bal', names: ['15-bal'] },
    { id: 'prhead09', env: 'event_pull_request_target.env', opts: o, revision: r, images: ['org/app'], tags: ['type=ref,event=tag', 'type=ref,event=pr', 'type=ref,event=branch', 'type=sha', 'type=sha,format=long'], version: 'pr-15', names: ['pr-15', 'sha-3370e22', `sha-${SHA_PR_HEAD}`] },
    { id: 'prhead10', env: 'event_pull_request_target.env', opts: o, revision: r, images: ['org/app'], tags: ['type=raw,value=mytag-{{base_ref}}', 'type=raw,mytag-defbranch,enable={{is_default_branch}}'], version: 'mytag-master', names: ['mytag-master'] },
    { id: 'prhead11', env: 'event_pull_request.env', opts: o, revision: r, images: ['org/app'], tags: ['type=raw,value=mytag-{{base_ref}}', 'type=raw,mytag-defbranch,enable={{is_default_branch}}'], version: 'mytag-master', names: ['mytag-master'] },
    { id: 'prhead12', env: 'event_pull_request.env', opts: o, revision: r, images: ['org/app'], tags: ['type=raw,value=src-{{commit_date YYYY-MM-DD}}'], version: 'src-2020-01-10T00-30-00Z', names: ['src-2020-01-10T00-30-00Z'] },
  ];
}
