# Writes a C++ file holding every migration's SQL, in file-name order.
# Called with -DOUT=<file.cpp> -DFILES=<a.sql|b.sql|...>
string(REPLACE "|" ";" FILES "${FILES}")
set(body "// Generated from db/migrations by db/embed_migrations.cmake. Do not edit.\n")
string(APPEND body "#include \"store/migrations.h\"\nnamespace kd::store {\nconst std::vector<Migration>& EmbeddedMigrations() {\n    static const std::vector<Migration> all = {\n")
foreach(f IN LISTS FILES)
    get_filename_component(name ${f} NAME)
    file(READ ${f} sql)
    string(APPEND body "        {\"${name}\", R\"klasdeur_sql(${sql})klasdeur_sql\"},\n")
endforeach()
string(APPEND body "    };\n    return all;\n}\n}  // namespace kd::store\n")
file(WRITE ${OUT} "${body}")
