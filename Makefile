# Build the .s9pk with the SDK's own recipe (s9pk.mk). Overrides go before the include.
ARCHES := x86 arm
include node_modules/@start9labs/start-sdk/s9pk.mk

# s9pk.mk checks start-cli, npm, git and jq, but not Docker, which `start-cli s9pk pack`
# needs to pull the Isso image. Fail early, naming the missing piece.
.PHONY: check-docker
check-docker:
	@command -v docker >/dev/null || \
		(echo "Error: docker not found. Install Docker to pull the Isso image. See https://docs.start9.com/packaging/environment-setup.html" && exit 1)
	@docker info >/dev/null 2>&1 || \
		(echo "Error: the Docker engine is not running (docker info failed). Start it and run make again." && exit 1)

$(BASE_NAME).s9pk $(BASE_NAME)_x86_64.s9pk $(BASE_NAME)_aarch64.s9pk: | check-docker
