# Turn a text file into a C header holding it as a byte array:
#   cmake -DIN=file.lua -DOUT=embed_file.h -DNAME=file -P embed.cmake
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" n)
math(EXPR bytes "${n} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" body "${body}")
file(WRITE ${OUT} "/* generated from ${NAME}.lua — do not edit */\n"
  "static const unsigned char jf_embed_${NAME}[] = {\n${body}0x00};\n"
  "static const size_t jf_embed_${NAME}_len = ${bytes};\n")
