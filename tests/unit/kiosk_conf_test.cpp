// /etc/klasdeur/klasdeur.conf as systemd's EnvironmentFile reads it, and as the binary does.
#include "services/paths.h"

#include <catch2/catch.hpp>

using namespace kd;

TEST_CASE("the kiosk conf: KEY=value lines, comments, spaces and quotes", "[conf]") {
    const KioskConf c = ParseKioskConf(
        "# Klasdeur\n"
        "\n"
        "KLASDEUR_DATA = /var/lib/klasdeur\n"
        "KLASDEUR_MODE=\"entrance\"\r\n"
        "KLASDEUR_SIZE=\n"
        "KLASDEUR_ROTATE=90\n"
        "not a setting\n"
        "OTHER=x\n");
    CHECK(c.data_dir == "/var/lib/klasdeur");
    CHECK(c.mode == "entrance");
    CHECK(c.size.empty());
    CHECK(ParseKioskConf("").data_dir.empty());
    CHECK(ParseKioskConf("KLASDEUR_SIZE='1080x1920'").size == "1080x1920");
}
