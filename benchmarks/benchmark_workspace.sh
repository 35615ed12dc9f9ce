# Sourced by the review and report benchmarks: the import benchmark's export (generated
# once) imported into a workspace made from a tree file (built once per data file and tree,
# not timed).
#
#     benchmark_workspace NORTHSTAR GENERATE_EVENTS WORKDIR ROWS TREE.json NAME
# sets $workspace to WORKDIR/NAME_ROWS.northstar and reads it into the page cache.
benchmark_workspace() {
    local northstar=$1 generator=$2 workdir=$3 rows=$4 tree=$5 name=$6
    mkdir -p "$workdir"
    local csv="$workdir/events_${rows}.csv"
    if [[ ! -s "$csv" ]]; then
        echo "Generating $csv ..."
        "$generator" "$csv.tmp" "$rows" 50000 20240101 # the import benchmark's arguments
        mv "$csv.tmp" "$csv"
    fi
    workspace="$workdir/${name}_${rows}.northstar"
    if [[ ! -s "$workspace" || "$tree" -nt "$workspace" ]]; then
        echo "Building $workspace ..."
        rm -f "$workspace.tmp"
        "$northstar" new "$workspace.tmp" --template "$tree" > /dev/null
        "$northstar" import "$workspace.tmp" "$csv" > /dev/null
        mv "$workspace.tmp" "$workspace"
    fi
    cat "$workspace" > /dev/null # in the page cache, like a file opened a moment ago
}
